using System.Buffers;
using System.Globalization;
using System.Text;

namespace DrawGuess.Domain.Common;

/// <summary>What every text a player types (names, room names, words, chat) must be, and how its length is counted.</summary>
public static class TextRules
{
    /// <summary>
    /// Well-formed text a person could have typed: no control characters, no lone surrogates
    /// (not valid UTF-16) and no noncharacters (U+FDD0-U+FDEF and U+xxFFFE/U+xxFFFF).
    /// </summary>
    public static bool IsPlainText(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed) != OperationStatus.Done) return false;
            if (Rune.IsControl(rune) || IsNoncharacter(rune)) return false;
            i += consumed;
        }
        return true;
    }

    /// <summary>Trimmed and in NFC: the form kept of a name or word, for text that <see cref="IsPlainText"/> accepts.</summary>
    public static string Normalize(string text) => text.Trim().Normalize(NormalizationForm.FormC);

    public static bool IsNoncharacter(Rune rune) =>
        rune.Value is >= 0xFDD0 and <= 0xFDEF || (rune.Value & 0xFFFE) == 0xFFFE;

    /// <summary>The explicit bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which can reorder the text around them.</summary>
    public static bool HasBidiControls(string text)
    {
        foreach (var c in text)
        {
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069') return true;
        }
        return false;
    }

    public static bool HasLetterOrDigit(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) return true;
        }
        return false;
    }

    /// <summary>Something that shows: not only spaces, format characters (zero-width) and combining marks.</summary>
    public static bool HasVisibleCharacter(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune)) continue;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The length a reader sees: text elements (an emoji, a letter with its accents, a Hangul syllable
    /// count once), for well-formed text. Limits also cap UTF-16 units so that one element cannot carry
    /// hundreds of combining marks.
    /// </summary>
    public static int VisibleLength(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>Plain text of 1 to <paramref name="maxElements"/> text elements and at most <paramref name="maxUtf16Units"/> UTF-16 units.</summary>
    public static bool FitsLimits(string text, int maxElements, int maxUtf16Units) =>
        text.Length <= maxUtf16Units && IsPlainText(text) && VisibleLength(text) is var length && length >= 1 && length <= maxElements;
}
