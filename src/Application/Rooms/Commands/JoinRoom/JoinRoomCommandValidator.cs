using FluentValidation;

namespace DrawGuess.Application.Rooms.Commands.JoinRoom;

internal sealed class JoinRoomCommandValidator : AbstractValidator<JoinRoomCommand>
{
    public JoinRoomCommandValidator()
    {
        RuleFor(c => c.RoomIdOrCode).NotEmpty().MaximumLength(64);
    }
}
