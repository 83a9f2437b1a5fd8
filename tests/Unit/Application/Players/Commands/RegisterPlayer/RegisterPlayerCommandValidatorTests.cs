using DrawGuess.Application.Players.Commands.RegisterPlayer;

namespace DrawGuess.UnitTests.Application.Players.Commands.RegisterPlayer;

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

    [Theory]
    [InlineData("\u200B\u200C\u200D")]            // zero-width characters only
    [InlineData("\u202E\u202D")]                   // bidi overrides only
    [InlineData("\u0301\u0308 ")]                  // combining marks only
    [InlineData("\u3000\u00A0")]                   // spaces only
    [InlineData("🙂🙂")]                            // no letter or digit
    [InlineData("Ann\u202Eeve")]                    // a bidi override inside a name
    [InlineData("\u2066Ann\u2069")]                // a bidi isolate
    [InlineData("Ann\uFFFE")]                       // a noncharacter
    [InlineData("Ann\uFDD0")]
    public void Names_without_a_visible_letter_or_digit_or_with_bidi_controls_or_noncharacters_are_rejected(string name) =>
        IsValid(name).ShouldBeFalse();

    [Fact]
    public void Names_that_are_not_valid_utf16_are_rejected()
    {
        IsValid("Ann\uD800").ShouldBeFalse();
        IsValid("\uDC00Bob").ShouldBeFalse();
    }

    [Fact]
    public void Length_counts_what_a_reader_sees_as_one_character()
    {
        IsValid("Ann" + string.Concat(Enumerable.Repeat("🐳", 17))).ShouldBeTrue();    // 20 text elements, 37 UTF-16 units
        IsValid("Ann" + string.Concat(Enumerable.Repeat("🐳", 18))).ShouldBeFalse();
        IsValid("Zoq\u0301" + new string('z', 17)).ShouldBeTrue();                     // q with an accent (no precomposed form) counts once
        IsValid("A" + new string('\u0334', 40)).ShouldBeFalse();                       // one element, but over 40 UTF-16 units
    }

    [Fact]
    public void The_error_names_the_field()
    {
        var result = _validator.Validate(new RegisterPlayerCommand("connection-1", ""));

        result.Errors.ShouldHaveSingleItem().PropertyName.ShouldBe("Name");
    }
}
