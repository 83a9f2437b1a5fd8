using DrawGuess.Application.Rooms.Commands.UpdateRoomSettings;
using DrawGuess.Application.Rooms.Contracts;

namespace DrawGuess.UnitTests.Application.Rooms.Commands.UpdateRoomSettings;

public sealed class UpdateRoomSettingsCommandValidatorTests
{
    private readonly UpdateRoomSettingsCommandValidator _validator = new();

    [Fact]
    public void Valid_settings_are_accepted()
    {
        _validator.Validate(new UpdateRoomSettingsCommand("c1", new RoomSettingsDto(Name: "Fun room", Rounds: 10))).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void The_same_settings_rules_apply_as_when_creating()
    {
        var result = _validator.Validate(new UpdateRoomSettingsCommand("c1", new RoomSettingsDto(Name: "Fun room", Rounds: 11)));

        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Settings.Rounds");
    }

    [Fact]
    public void Missing_settings_are_rejected()
    {
        _validator.Validate(new UpdateRoomSettingsCommand("c1", null)).IsValid.ShouldBeFalse();
    }
}
