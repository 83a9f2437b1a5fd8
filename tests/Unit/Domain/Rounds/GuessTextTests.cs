using DrawGuess.Domain.Rounds;

namespace DrawGuess.UnitTests.Domain.Rounds;

public sealed class GuessTextTests
{
    [Theory]
    [InlineData("Elephant", "elephant")]
    [InlineData("ＨＥＬＬＯ", "hello")]
    [InlineData("Café au lait", "cafeaulait")]
    [InlineData("Crème brûlée", "cremebrulee")]
    [InlineData("ice-cream_cone", "icecreamcone")]
    [InlineData(" \tspace\u3000bar ", "spacebar")]   // tab and ideographic space
    [InlineData("ﬁsh", "fish")]                     // ligature (NFKC)
    [InlineData("아이스 크림", "아이스크림")]
    [InlineData("ｱｲｽ", "アイス")]                     // half-width katakana (NFKC)
    public void Normalize_folds_width_case_accents_and_separators(string text, string expected) =>
        GuessText.Normalize(text).ShouldBe(expected);

    [Fact]
    public void Normalize_keeps_korean_as_whole_syllables()
    {
        var normalised = GuessText.Normalize("해바라기");

        normalised.ShouldBe("해바라기");
        normalised.Length.ShouldBe(4);
    }

    [Theory]
    [InlineData("elephant", "elephant", 0)]
    [InlineData("elephant", "elephnat", 1)]
    [InlineData("elephant", "elephan", 1)]
    [InlineData("elephant", "elephantt", 1)]
    [InlineData("elephant", "elefant", 2)]
    [InlineData("elephant", "ele", 2)]
    [InlineData("abcd", "badc", 2)]
    [InlineData("", "a", 1)]
    [InlineData("", "", 0)]
    public void DistanceUpToTwo_counts_edits_with_adjacent_swaps_as_one(string a, string b, int expected)
    {
        GuessText.DistanceUpToTwo(a, b).ShouldBe(expected);
        GuessText.DistanceUpToTwo(b, a).ShouldBe(expected);
    }
}
