using FluentValidation;

namespace DrawGuess.Application.Rooms.Commands.UpdateRoomSettings;

internal sealed class UpdateRoomSettingsCommandValidator : AbstractValidator<UpdateRoomSettingsCommand>
{
    public UpdateRoomSettingsCommandValidator()
    {
        RuleFor(c => c.Settings).NotNull().SetValidator(new RoomSettingsDtoValidator()!);
    }
}
