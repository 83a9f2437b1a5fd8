using DrawGuess.Domain.Common;

namespace DrawGuess.UnitTests.Domain.Common;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("hello")]
    [InlineData("고양이 🐳 café")]
    [InlineData("\uFFFD")]                  // the replacement character is an ordinary character
    public void Ordinary_text_is_plain(string text) => TextRules.IsPlainText(text).ShouldBeTrue();

    [Fact]
    public void Control_characters_lone_surrogates_and_noncharacters_are_not_plain_text()
    {
        string[] broken = ["a\u0007b", "a\nb", "a\uFFFEb", "a\uFFFF", "\uFDD0", "\uD83F\uDFFE", "a\uD800b", "\uDC00", "x\uD83D"];

        broken.ShouldAllBe(text => !TextRules.IsPlainText(text));
    }

    [Theory]
    [InlineData("Ann", true)]
    [InlineData("7", true)]
    [InlineData("고", true)]
    [InlineData("\u200B\u200B", false)]            // zero-width spaces
    [InlineData("\u0301\u0308", false)]            // combining marks alone
    [InlineData("\u202E\u2066", false)]            // bidi controls
    [InlineData("🐳 !", false)]
    public void A_letter_or_digit_is_needed_for_a_name(string text, bool expected) =>
        TextRules.HasLetterOrDigit(text).ShouldBe(expected);

    [Theory]
    [InlineData("a\u202Eb", true)]
    [InlineData("\u2066x\u2069", true)]
    [InlineData("\u202A", true)]
    [InlineData("abc \u200F", false)]              // a mark (RLM) does not override anything
    public void Bidi_embeddings_overrides_and_isolates_are_found(string text, bool expected) =>
        TextRules.HasBidiControls(text).ShouldBe(expected);

    [Theory]
    [InlineData("hello", 5)]
    [InlineData("🐳🐳", 2)]                          // a surrogate pair counts once
    [InlineData("👨‍👩‍👧", 1)]                           // a joined emoji sequence counts once
    [InlineData("e\u0301", 1)]                      // a letter with its accent
    [InlineData("고양이", 3)]
    public void Visible_length_counts_text_elements(string text, int expected) =>
        TextRules.VisibleLength(text).ShouldBe(expected);

    [Fact]
    public void Limits_cap_text_elements_and_utf16_units()
    {
        TextRules.FitsLimits(string.Concat(Enumerable.Repeat("🐳", 20)), maxElements: 20, maxUtf16Units: 40).ShouldBeTrue();
        TextRules.FitsLimits(string.Concat(Enumerable.Repeat("🐳", 21)), maxElements: 20, maxUtf16Units: 80).ShouldBeFalse();
        TextRules.FitsLimits("a" + new string('\u0301', 50), maxElements: 20, maxUtf16Units: 40).ShouldBeFalse();
        TextRules.FitsLimits("", maxElements: 20, maxUtf16Units: 40).ShouldBeFalse();
        TextRules.FitsLimits("a\uFFFE", maxElements: 20, maxUtf16Units: 40).ShouldBeFalse();
    }
}
