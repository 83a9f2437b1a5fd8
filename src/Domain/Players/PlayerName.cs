using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Players;

/// <summary>
/// A name as others see it: trimmed, NFC, 1-20 text elements (and at most 40 UTF-16 units, the size of
/// the stored results' name column), with a letter or digit, and without bidi embeddings, overrides
/// or isolates that would reorder what is shown around it.
/// </summary>
public static class PlayerName
{
    public const int MaxLength = 20;
    public const int MaxUtf16Length = 40;

    public static bool IsValid(string? name) =>
        name is not null && TextRules.IsPlainText(name) && Normalize(name) is var normalized
        && TextRules.FitsLimits(normalized, MaxLength, MaxUtf16Length)
        && TextRules.HasLetterOrDigit(normalized) && !TextRules.HasBidiControls(normalized);

    /// <summary>The form kept and shown, for a name that <see cref="IsValid"/> accepts.</summary>
    public static string Normalize(string name) => TextRules.Normalize(name);
}
