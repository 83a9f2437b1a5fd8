using DrawGuess.Domain.Rounds;

namespace DrawGuess.UnitTests.Domain.Rounds;

/// <summary><see cref="Word.IsWrittenIn"/>: when a guesser's chat line carries the word and must not reach the other guessers.</summary>
public sealed class WordInMessageTests
{
    [Theory]
    [InlineData("whale", "I think whale or not")]
    [InlineData("whale", "whale")]
    [InlineData("whale", "WHALE?!")]
    [InlineData("whale", "is it a \"whale\"...")]
    [InlineData("whale", "(whale)")]
    [InlineData("whale", "w h a l e")]                  // spelled out
    [InlineData("whale", "w.h.a.l.e")]
    [InlineData("whale", "whal e")]
    [InlineData("whale", "wh\u200Bale")]                // zero-width space inside
    [InlineData("whale", "ｗｈａｌｅ")]                    // full width
    [InlineData("whale", "a whale's tail")]             // possessive: the word still stands whole
    [InlineData("café", "un cafe svp")]                 // accents ignored both ways
    [InlineData("cafe", "un CAFÉ svp")]
    [InlineData("naïve", "so nai\u0308ve")]             // decomposed accent
    [InlineData("straße", "die STRASSE")]               // full case folding: ß is ss
    [InlineData("boxing glove", "boxing glove")]
    [InlineData("boxing glove", "a Boxing-Glove maybe")]
    [InlineData("boxing glove", "boxing   glove")]
    [InlineData("boxing glove", "boxingglove")]
    [InlineData("boxing glove", "boxing_glove")]
    [InlineData("t-shirt", "a t shirt")]
    [InlineData("t-shirt", "tshirt?")]
    [InlineData("jack-o'-lantern", "a jack o lantern!")]
    [InlineData("R2-D2", "r2d2")]
    public void A_message_that_writes_the_word_as_a_whole_word_carries_it(string word, string message) =>
        new Word(word).IsWrittenIn(message).ShouldBeTrue();

    [Theory]
    [InlineData("whale", "whales")]                     // whole words only: a plural is another word
    [InlineData("whale", "killerwhale")]
    [InlineData("whale", "a big sea animal")]
    [InlineData("whale", "wale")]
    [InlineData("boxing glove", "glove")]               // part of a multi-word word
    [InlineData("boxing glove", "boxing")]
    [InlineData("boxing glove", "kickboxing glove")]
    [InlineData("boxing glove", "boxing gloves")]
    [InlineData("cat", "catalogue and concatenate")]
    [InlineData("art", "I start to see it")]
    public void A_message_that_only_contains_the_letters_inside_other_words_does_not(string word, string message) =>
        new Word(word).IsWrittenIn(message).ShouldBeFalse();

    [Theory]
    [InlineData("고양이", "고양이가 귀엽다")]              // a particle attached
    [InlineData("고양이", "아기고양이")]                  // inside a compound
    [InlineData("고양이", "고 양 이?")]
    [InlineData("고양이", "고.양.이")]
    [InlineData("고양이", "I think 고양이를")]
    [InlineData("고양이", "\u1100\u1169\u110B\u1163\u11BC\u110B\u1175")]   // typed as jamo
    [InlineData("밥 먹기", "밥먹기 맞아?")]
    [InlineData("비눗방울 불기", "비눗방울불기")]
    [InlineData("寿司", "これは寿司です")]                // Japanese and Chinese have no spaces between words
    public void A_word_in_Hangul_or_a_script_without_spaces_is_carried_anywhere_in_the_message(string word, string message) =>
        new Word(word).IsWrittenIn(message).ShouldBeTrue();

    [Theory]
    [InlineData("고양이", "강아지가 귀엽다")]
    [InlineData("고양이", "고양")]
    [InlineData("밥 먹기", "밥 먹자")]
    public void A_hangul_message_without_the_word_does_not_carry_it(string word, string message) =>
        new Word(word).IsWrittenIn(message).ShouldBeFalse();

    [Theory]
    [InlineData("🐳", "look 🐳!", true)]                 // custom words without letters: anywhere, as the drawer's rule
    [InlineData("🐳", "a fish", false)]
    [InlineData("Große Welle", "eine grosse welle", true)]
    [InlineData("Ὀδυσσεύς", "ΟΔΥΣΣΕΥΣ!", true)]         // final sigma folds like any sigma
    public void Custom_words_in_any_script_are_matched_the_same_way(string word, string message, bool carried) =>
        new Word(word).IsWrittenIn(message).ShouldBe(carried);

    [Fact]
    public void Broken_text_in_the_message_neither_throws_nor_hides_the_word()
    {
        var word = new Word("whale");

        word.IsWrittenIn("wh\uFFFEale").ShouldBeTrue();
        word.IsWrittenIn("\uD800whale\uDC00").ShouldBeTrue();
        word.IsWrittenIn("\uDFFF\uFDD0").ShouldBeFalse();
    }
}
