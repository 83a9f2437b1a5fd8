using DrawGuess.Application.Rooms.Commands.CreateRoom;
using DrawGuess.Application.Rooms.Contracts;

namespace DrawGuess.UnitTests.Application.Rooms.Commands.CreateRoom;

public sealed class CreateRoomCommandValidatorTests
{
    private readonly CreateRoomCommandValidator _validator = new();

    [Fact]
    public void Settings_with_only_a_name_are_valid_and_the_rest_take_defaults()
    {
        _validator.Validate(new CreateRoomCommand("c1", new RoomSettingsDto(Name: "Fun room"))).IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Missing_settings_are_rejected()
    {
        var result = _validator.Validate(new CreateRoomCommand("c1", null));

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Settings");
    }

    [Fact]
    public void Every_settings_rule_applies_and_names_the_nested_field()
    {
        var result = _validator.Validate(new CreateRoomCommand("c1", new RoomSettingsDto(Name: "Fun room", MaxPlayers: 13, Hints: -1)));

        result.IsValid.ShouldBeFalse();
        result.Errors.Select(e => e.PropertyName).Order().ShouldBe(["Settings.Hints", "Settings.MaxPlayers"]);
    }
}
