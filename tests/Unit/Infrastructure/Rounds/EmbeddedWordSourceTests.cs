using DrawGuess.Domain.Rounds;
using DrawGuess.Infrastructure.Rounds;

namespace DrawGuess.UnitTests.Infrastructure.Rounds;

public sealed class EmbeddedWordSourceTests
{
    private readonly EmbeddedWordSource _source = new();

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    public void Each_language_has_at_least_300_distinct_words_a_guess_can_match(string language)
    {
        var words = _source.Words(language);

        words.Count.ShouldBeGreaterThanOrEqualTo(300);
        words.Select(GuessText.Normalize).Distinct().Count().ShouldBe(words.Count);
        words.ShouldAllBe(w => w.Length <= 30 && new Word(w).Judge(w) == GuessVerdict.Correct);
    }

    [Fact]
    public void Korean_words_are_written_in_hangul()
    {
        _source.Words("ko").ShouldAllBe(w => w.All(c => c == ' ' || (c >= '\uAC00' && c <= '\uD7A3')));
    }

    [Fact]
    public void An_unknown_language_has_no_words()
    {
        _source.Words("fr").ShouldBeEmpty();
    }
}
