using DrawGuess.Application.Rooms.Commands.RegisterPlayer;

namespace DrawGuess.UnitTests.Application.Rooms.Commands.RegisterPlayer;

public sealed class RegisterPlayerCommandValidatorTests
{
    private readonly RegisterPlayerCommandValidator _validator = new();

    private bool IsValid(string? name) => _validator.Validate(new RegisterPlayerCommand("connection-1", name)).IsValid;

    [Theory]
    [InlineData("A")]
    [InlineData("Ann")]
    [InlineData("12345678901234567890")]       // 20 characters
    [InlineData("  12345678901234567890  ")]   // 20 after trimming
    [InlineData("김철수")]
    [InlineData("Ann Lee")]
    public void Names_of_1_to_20_characters_after_trimming_are_accepted(string name) => IsValid(name).ShouldBeTrue();

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("123456789012345678901")]      // 21 characters
    [InlineData("Ann\u0007")]                  // bell
    [InlineData("An\u0000n")]                  // NUL
    [InlineData("An\u001bn")]                  // escape
    [InlineData("An\nn")]                      // a line break inside the name
    [InlineData("An\u0085n")]                  // C1 control
    public void Empty_too_long_or_control_character_names_are_rejected(string? name) => IsValid(name).ShouldBeFalse();

    [Fact]
    public void The_error_names_the_field()
    {
        var result = _validator.Validate(new RegisterPlayerCommand("connection-1", ""));

        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Name");
    }
}
