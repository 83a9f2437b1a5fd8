using System.Globalization;
using System.Text;

namespace DrawGuess.Domain.Rounds;

/// <summary>The secret of a turn. Never put it in a log line, an error or a payload for someone who may not see it.</summary>
public sealed class Word
{
    public const int CloseGuessMinLength = 4;

    public Word(string text)
    {
        Text = text.Trim();
        Normalized = GuessText.Normalize(Text);
    }

    public string Text { get; }
    public string Normalized { get; }

    /// <summary>
    /// Indexes into <see cref="Text"/> where the characters a guesser has to find begin (not spaces or
    /// hyphens): text elements, so that an emoji or a letter with its combining marks is one character.
    /// </summary>
    public IReadOnlyList<int> LetterPositions =>
        TextElements().Where(e => e.Element is not (" " or "-")).Select(e => e.Start).ToArray();

    public GuessVerdict Judge(string guess)
    {
        var normalized = GuessText.Normalize(guess);
        if (normalized == Normalized) return GuessVerdict.Correct;
        return IsOneEditFrom(normalized) ? GuessVerdict.Close : GuessVerdict.Wrong;
    }

    /// <summary>
    /// One edit (insertion, deletion, substitution, swap of neighbours) from a word of 4+ characters once
    /// normalised; a word with Hangul is also compared letter by letter (jamo), so that one jamo off in a
    /// word of 4+ jamo is close: most Korean words have 2 or 3 syllables (고양이 is 7 jamo, 고양아 one off).
    /// </summary>
    private bool IsOneEditFrom(string guess)
    {
        if (Normalized.EnumerateRunes().Count() >= CloseGuessMinLength && GuessText.DistanceUpToTwo(guess, Normalized) == 1) return true;
        if (!Normalized.Any(c => c is >= '\uAC00' and <= '\uD7A3')) return false;
        var jamo = Normalized.Normalize(NormalizationForm.FormD);
        return jamo.Length >= CloseGuessMinLength && GuessText.DistanceUpToTwo(guess.Normalize(NormalizationForm.FormD), jamo) == 1;
    }

    /// <summary>The drawer's rule: the word anywhere in the message, even inside another word.</summary>
    public bool IsContainedIn(string message) => Normalized.Length > 0 && GuessText.Normalize(message).Contains(Normalized, StringComparison.Ordinal);

    /// <summary>
    /// Whether a message writes the word, compared as guesses are (case, accents, width, zero-width
    /// characters ignored). Where words are separated by spaces, the word must stand whole: a run of the
    /// message's words spells it, whatever separates them ("ice-cream", "ice cream!", "i c e c r e a m"
    /// write "ice cream"; "whales" does not write "whale"). A word with Hangul, Han, kana, Thai, Lao,
    /// Khmer or Myanmar letters matches anywhere in the message's letters, since those scripts attach
    /// particles or do not separate words at all (고양이가 writes 고양이).
    /// </summary>
    public bool IsWrittenIn(string message)
    {
        var letters = string.Concat(GuessText.Words(Text));
        if (letters.Length == 0) return IsContainedIn(message);
        var words = GuessText.Words(message);
        if (letters.EnumerateRunes().Any(WrittenWithoutWordBoundaries)) return string.Concat(words).Contains(letters, StringComparison.Ordinal);
        for (var first = 0; first < words.Count; first++)
        {
            var spelled = 0;
            for (var next = first; next < words.Count && letters.AsSpan(spelled).StartsWith(words[next], StringComparison.Ordinal); next++)
            {
                spelled += words[next].Length;
                if (spelled == letters.Length) return true;
            }
        }
        return false;
    }

    /// <summary>`_` for every hidden character, revealed characters, spaces and hyphens as they are.</summary>
    public string Pattern(IEnumerable<int> revealedPositions)
    {
        var revealed = revealedPositions.ToHashSet();
        var pattern = new StringBuilder(Text.Length);
        foreach (var (start, element) in TextElements())
            pattern.Append(element is " " or "-" || revealed.Contains(start) ? element : "_");
        return pattern.ToString();
    }

    public override string ToString() => "[secret word]";

    private IEnumerable<(int Start, string Element)> TextElements()
    {
        var elements = StringInfo.GetTextElementEnumerator(Text);
        while (elements.MoveNext()) yield return (elements.ElementIndex, elements.GetTextElement());
    }

    private static bool WrittenWithoutWordBoundaries(Rune rune) => rune.Value is
        >= 0x0E00 and <= 0x0EFF        // Thai, Lao
        or >= 0x1000 and <= 0x109F     // Myanmar
        or >= 0x1100 and <= 0x11FF     // Hangul Jamo
        or >= 0x1780 and <= 0x17FF     // Khmer
        or >= 0x2E80 and <= 0x2FDF     // CJK radicals
        or >= 0x3040 and <= 0x31FF     // Hiragana, Katakana, Bopomofo, Hangul compatibility jamo
        or >= 0x3400 and <= 0x4DBF     // CJK extension A
        or >= 0x4E00 and <= 0x9FFF     // CJK unified ideographs
        or >= 0xA960 and <= 0xA97F     // Hangul Jamo extended A
        or >= 0xAC00 and <= 0xD7FF     // Hangul syllables, Jamo extended B
        or >= 0xF900 and <= 0xFAFF     // CJK compatibility ideographs
        or >= 0x20000 and <= 0x3FFFF;  // CJK extensions B and later
}
