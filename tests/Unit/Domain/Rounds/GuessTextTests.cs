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
    [InlineData("STRASSE", "strasse")]
    [InlineData("Straße", "strasse")]                 // full case folding: ß is ss
    [InlineData("ΟΔΥΣΣΕΥΣ", "οδυσσευσ")]
    [InlineData("Ὀδυσσεύς", "οδυσσευσ")]              // final sigma
    [InlineData("ele\u200Bphant\u00AD", "elephant")]  // zero-width space, soft hyphen
    [InlineData("🐳 whale", "🐳whale")]                // a surrogate pair survives
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

    [Fact]
    public void Normalize_drops_noncharacters_and_lone_surrogates_which_string_normalisation_throws_on()
    {
        GuessText.Normalize("a\uFFFEb").ShouldBe("ab");
        GuessText.Normalize("a\uD800b\uDC00c\uFDD0").ShouldBe("abc");
        GuessText.Words("a\uFFFEb \uDBFFc").ShouldBe(["ab", "c"]);
    }

    [Fact]
    public void Normalize_and_Words_never_throw_and_give_well_formed_text_for_any_code_units()
    {
        var random = new Random(22);
        for (var sample = 0; sample < 20_000; sample++)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomCodeUnit(random)).ToArray());

            var normalized = GuessText.Normalize(text);
            var words = GuessText.Words(text);

            IsWellFormed(normalized).ShouldBeTrue($"sample {sample}");
            words.ShouldAllBe(w => w.Length > 0 && IsWellFormed(w));
        }
    }

    [Theory]
    [InlineData("Ice-cream, please!", new[] { "ice", "cream", "please" })]
    [InlineData("  ", new string[0])]
    [InlineData("Crème\u200Bbrûlée", new[] { "cremebrulee" })]
    [InlineData("고양이가 좋아", new[] { "고양이가", "좋아" })]
    [InlineData("don't", new[] { "don", "t" })]
    public void Words_are_the_runs_of_letters_and_digits_in_comparable_form(string text, string[] words) =>
        GuessText.Words(text).ShouldBe(words);

    /// <summary>Mostly any BMP code unit, with a good share of surrogates, noncharacters, marks and format characters.</summary>
    private static char RandomCodeUnit(Random random) => random.Next(6) switch
    {
        0 => (char)random.Next(0xD800, 0xE000),
        1 => "\uFFFE\uFFFF\uFDD0\u0301\u200B\u202E\u00DF\u0130\u1100\u11BC"[random.Next(10)],
        2 => (char)random.Next(0x0300, 0x0370),
        _ => (char)random.Next(0, 0x10000),
    };

    /// <summary>Valid UTF-16 (no lone surrogates) without noncharacters: what string normalisation accepts.</summary>
    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i]) || text[i] is '\uFFFE' or '\uFFFF') return false;
        }
        return true;
    }
}
