using System.Globalization;
using System.Text;

namespace DrawGuess.Domain.Rounds;

/// <summary>
/// Puts guesses and words in one comparable form: NFKC, lower case, no diacritics, and no spaces,
/// hyphens or underscores. Hangul survives the NFD/NFC round trip as whole syllables.
/// </summary>
public static class GuessText
{
    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is '-' or '_' || char.IsWhiteSpace(c)) continue;
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
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
}
