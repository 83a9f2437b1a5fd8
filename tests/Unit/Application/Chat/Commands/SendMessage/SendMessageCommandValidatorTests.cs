using DrawGuess.Application.Chat.Commands.SendMessage;

namespace DrawGuess.UnitTests.Application.Chat.Commands.SendMessage;

public sealed class SendMessageCommandValidatorTests
{
    private readonly SendMessageCommandValidator _validator = new();

    private bool IsValid(string? text) => _validator.Validate(new SendMessageCommand("c1", text)).IsValid;

    [Fact]
    public void Messages_of_1_to_100_characters_are_accepted()
    {
        IsValid("a").ShouldBeTrue();
        IsValid("elephant").ShouldBeTrue();
        IsValid(new string('x', 100)).ShouldBeTrue();
        IsValid("   " + new string('x', 100) + "   ").ShouldBeTrue(); // trimmed first
        IsValid("코끼리").ShouldBeTrue();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("    ")]
    [InlineData("hi\u0007")]
    [InlineData("line\nbreak")]
    public void Empty_or_control_character_messages_are_rejected(string? text) => IsValid(text).ShouldBeFalse();

    [Fact]
    public void A_message_of_101_characters_is_rejected()
    {
        IsValid(new string('x', 101)).ShouldBeFalse();
    }

    [Fact]
    public void Noncharacters_and_lone_surrogates_are_rejected()
    {
        IsValid("a\uFFFEb").ShouldBeFalse();
        IsValid("a\uFFFF").ShouldBeFalse();
        IsValid("\uFDD0").ShouldBeFalse();
        IsValid("a\uD800b").ShouldBeFalse();
        IsValid("\uDC00").ShouldBeFalse();
    }

    [Fact]
    public void Length_counts_text_elements_so_an_emoji_counts_once()
    {
        IsValid(string.Concat(Enumerable.Repeat("🐳", 100))).ShouldBeTrue();
        IsValid(string.Concat(Enumerable.Repeat("🐳", 101))).ShouldBeFalse();
        IsValid("a" + new string('\u0301', 400)).ShouldBeFalse();     // one element, over 400 UTF-16 units
    }
}
