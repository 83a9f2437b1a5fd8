using DrawGuess.Domain.Rounds;

namespace DrawGuess.UnitTests.Domain.Rounds;

public sealed class WordTests
{
    [Theory]
    [InlineData("elephant", "elephant")]
    [InlineData("elephant", "ELEPHANT")]
    [InlineData("elephant", "  Elephant  ")]
    [InlineData("elephant", "ＥＬＥＰＨＡＮＴ")]       // full-width letters (NFKC)
    [InlineData("Café", "cafe")]                      // diacritics stripped
    [InlineData("cafe", "CAFÉ")]
    [InlineData("Café", "Cafe\u0301")]                 // decomposed accent
    [InlineData("naïve", "naive")]
    [InlineData("ice cream", "icecream")]
    [InlineData("ice cream", "ice-cream")]
    [InlineData("ice cream", "ice_cream")]
    [InlineData("ice cream", "Ice   Cream")]
    [InlineData("t-shirt", "tshirt")]
    [InlineData("t-shirt", "T SHIRT")]
    [InlineData("아이스크림", "아이스 크림")]           // Korean, spaces ignored
    [InlineData("아이스 크림", "아이스크림")]
    [InlineData("고양이", "고양이")]
    [InlineData("고양이", "\u1100\u1169\u110B\u1163\u11BC\u110B\u1175")] // the same syllables typed as jamo
    public void A_guess_that_normalises_to_the_word_is_correct(string word, string guess) =>
        new Word(word).Judge(guess).ShouldBe(GuessVerdict.Correct);

    [Theory]
    [InlineData("elephant", "elephnat")]   // adjacent swap
    [InlineData("elephant", "elephamt")]   // substitution
    [InlineData("elephant", "elephan")]    // deletion
    [InlineData("elephant", "elephants")]  // insertion
    [InlineData("elephant", "lephant")]    // first letter missing
    [InlineData("bear", "beer")]           // four letters is long enough
    [InlineData("ice cream", "ice-crem")]  // distance measured on the normalised text
    [InlineData("Café", "caffe")]
    [InlineData("해바라기", "해바라지")]     // Korean: one syllable off
    [InlineData("해바라기", "해라바기")]     // Korean: adjacent syllables swapped
    [InlineData("해바라기", "해바기")]       // Korean: one syllable missing
    [InlineData("아이스크림", "아이스크린")]
    [InlineData("고양이", "고양아")]         // Korean: one jamo off in a word of three syllables (7 jamo)
    [InlineData("고양이", "고앙이")]
    [InlineData("사과", "사고")]             // two syllables, four jamo
    [InlineData("강아지", "강아디")]
    public void A_guess_one_edit_away_from_a_word_of_four_or_more_characters_is_close(string word, string guess) =>
        new Word(word).Judge(guess).ShouldBe(GuessVerdict.Close);

    [Theory]
    [InlineData("cat", "cot")]             // a three-letter word has no close guesses
    [InlineData("cat", "ca")]
    [InlineData("cat", "act")]
    [InlineData("새", "세")]                 // one syllable, two jamo: no close guesses
    [InlineData("말", "발")]                 // three jamo
    [InlineData("고양이", "고양")]           // a whole syllable is more than one jamo
    [InlineData("고양이", "강아지")]
    [InlineData("elephant", "elefant")]    // two edits
    [InlineData("elephant", "elaphent")]   // swap of two letters that are not neighbours
    [InlineData("elephant", "eleph")]
    [InlineData("elephant", "giraffe")]
    [InlineData("elephant", "")]
    [InlineData("해바라기", "해바")]
    public void Other_guesses_are_wrong(string word, string guess) =>
        new Word(word).Judge(guess).ShouldBe(GuessVerdict.Wrong);

    [Fact]
    public void The_word_is_trimmed()
    {
        var word = new Word("  rocket ");

        word.Text.ShouldBe("rocket");
        word.Pattern([]).ShouldBe("______");
    }

    [Theory]
    [InlineData("ice cream", "___ _____")]
    [InlineData("t-shirt", "_-_____")]
    [InlineData("jack-o-lantern", "____-_-_______")]
    [InlineData("고양이", "___")]
    [InlineData("아이스 크림", "___ __")]
    public void The_pattern_hides_letters_but_shows_spaces_and_hyphens(string text, string pattern) =>
        new Word(text).Pattern([]).ShouldBe(pattern);

    [Fact]
    public void Emoji_and_letters_with_combining_marks_are_one_hidden_character_each()
    {
        var word = new Word("🐳 q\u0301x");

        word.LetterPositions.ShouldBe([0, 3, 5]);
        word.Pattern([]).ShouldBe("_ __");
        word.Pattern([0, 3]).ShouldBe("🐳 q\u0301_");
    }

    [Fact]
    public void The_pattern_shows_revealed_letters_in_place()
    {
        new Word("ice cream").Pattern([0, 5]).ShouldBe("i__ _r___");
    }

    [Fact]
    public void Letter_positions_skip_spaces_and_hyphens()
    {
        new Word("t-shirt day").LetterPositions.ShouldBe([0, 2, 3, 4, 5, 6, 8, 9, 10]);
        new Word("아이스 크림").LetterPositions.ShouldBe([0, 1, 2, 4, 5]);
    }

    [Theory]
    [InlineData("I love elephants", true)]
    [InlineData("it is an ELEPHANT!", true)]
    [InlineData("e-l-e-p-h-a-n-t", true)]
    [InlineData("ele phant", true)]
    [InlineData("ＥＬＥＰＨＡＮＴ", true)]
    [InlineData("a big grey animal", false)]
    [InlineData("elephnat", false)]
    public void IsContainedIn_finds_the_word_inside_a_message_the_way_guesses_are_compared(string message, bool contained) =>
        new Word("elephant").IsContainedIn(message).ShouldBe(contained);

    [Fact]
    public void IsContainedIn_works_for_korean_words()
    {
        new Word("고양이").IsContainedIn("귀여운 고양 이 그리기").ShouldBeTrue();
        new Word("고양이").IsContainedIn("귀여운 강아지").ShouldBeFalse();
    }

    [Fact]
    public void The_word_never_prints_itself()
    {
        new Word("elephant").ToString().ShouldNotContain("elephant");
        $"{new Word("elephant")}".ShouldBe("[secret word]");
    }
}
