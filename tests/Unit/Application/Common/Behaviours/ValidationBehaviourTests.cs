using DrawGuess.Application.Chat.Commands.SendMessage;
using DrawGuess.Application.Common.Behaviours;
using DrawGuess.Application.Rooms.Commands.CreateRoom;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
using FluentValidation;
using MediatR;

namespace DrawGuess.UnitTests.Application.Common.Behaviours;

public sealed class ValidationBehaviourTests
{
    [Fact]
    public async Task A_valid_request_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<SendMessageCommand, Unit>([new SendMessageCommandValidator()]);
        var handled = false;

        await behaviour.Handle(new SendMessageCommand("c1", "hello"), CancellationToken.None, () =>
        {
            handled = true;
            return Task.FromResult(Unit.Value);
        });

        handled.ShouldBeTrue();
    }

    [Fact]
    public async Task An_invalid_request_fails_with_VALIDATION_FAILED_naming_the_field_and_never_reaches_the_handler()
    {
        var behaviour = new ValidationBehaviour<SendMessageCommand, Unit>([new SendMessageCommandValidator()]);
        var handled = false;

        var error = await Should.ThrowAsync<GameRuleException>(() => behaviour.Handle(new SendMessageCommand("c1", ""), CancellationToken.None, () =>
        {
            handled = true;
            return Task.FromResult(Unit.Value);
        }));

        error.Code.ShouldBe(ErrorCodes.ValidationFailed);
        error.Message.ShouldStartWith("text: ");
        handled.ShouldBeFalse();
    }

    [Fact]
    public async Task Nested_fields_are_named_in_camel_case_and_every_broken_rule_is_listed()
    {
        IValidator<CreateRoomCommand>[] validators = [new CreateRoomCommandValidator()];
        var behaviour = new ValidationBehaviour<CreateRoomCommand, RoomSnapshotDto>(validators);

        var error = await Should.ThrowAsync<GameRuleException>(() => behaviour.Handle(
            new CreateRoomCommand("c1", new RoomSettingsDto(Name: "Room", MaxPlayers: 99, Rounds: 0)), CancellationToken.None,
            () => throw new InvalidOperationException("the handler must not run")));

        error.Code.ShouldBe(ErrorCodes.ValidationFailed);
        error.Message.ShouldContain("settings.maxPlayers: ");
        error.Message.ShouldContain("settings.rounds: ");
    }
}
