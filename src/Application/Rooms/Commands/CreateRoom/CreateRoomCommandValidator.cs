using FluentValidation;

namespace DrawGuess.Application.Rooms.Commands.CreateRoom;

internal sealed class CreateRoomCommandValidator : AbstractValidator<CreateRoomCommand>
{
    public CreateRoomCommandValidator()
    {
        RuleFor(c => c.Settings).NotNull().SetValidator(new RoomSettingsDtoValidator()!);
    }
}
