using System.Buffers;
using System.Globalization;
using System.Text;
using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rounds;

/// <summary>
/// Puts guesses, messages and words in one comparable form: NFKC, case-folded (upper then lower case,
/// ß as ss), no diacritics, no format characters (zero-width), and for <see cref="Normalize"/> no
/// spaces, hyphens or underscores. Hangul survives the NFD/NFC round trip as whole syllables.
/// Total over any string: lone surrogates and noncharacters are dropped, never thrown on.
/// </summary>
public static class GuessText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var rune in Folded(text).EnumerateRunes())
        {
            if (rune.Value is '-' or '_' || Rune.IsWhiteSpace(rune) || IsIgnorable(rune)) continue;
            builder.Append(rune);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The runs of letters and digits of a text, each in comparable form, in order: what is between
    /// them (spaces, punctuation, symbols) only separates them. "Ice-cream, please!" is ice, cream, please.
    /// </summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var rune in Folded(text).EnumerateRunes())
        {
            if (IsIgnorable(rune)) continue;
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.SpacingCombiningMark)
            {
                current.Append(rune);
                continue;
            }
            EndWord(words, current);
        }
        EndWord(words, current);
        return words;
    }

    /// <summary>Optimal string alignment distance capped at 2 (we only need 0, 1 or "more").</summary>
    public static int DistanceUpToTwo(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1) return 2;
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, previousPrevious[j - 2] + 1);
                current[j] = best;
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }
        return Math.Min(previous[b.Length], 2);
    }

    /// <summary>Case-folded and decomposed (NFD), without what string normalisation throws on.</summary>
    private static string Folded(string text)
    {
        var valid = WithoutInvalidCodePoints(text);
        var folded = valid.Normalize(NormalizationForm.FormKC).ToUpperInvariant().ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal);
        return folded.Normalize(NormalizationForm.FormD);
    }

    private static string WithoutInvalidCodePoints(string text)
    {
        if (TextRules.IsPlainText(text)) return text;
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            if (status == OperationStatus.Done && !TextRules.IsNoncharacter(rune)) builder.Append(rune);
            i += Math.Max(consumed, 1);
        }
        return builder.ToString();
    }

    /// <summary>Accents (combining marks once decomposed) and invisible format characters such as zero-width spaces.</summary>
    private static bool IsIgnorable(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.Format;

    private static void EndWord(List<string> words, StringBuilder current)
    {
        if (current.Length == 0) return;
        words.Add(current.ToString().Normalize(NormalizationForm.FormC));
        current.Clear();
    }
}
