using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rooms;

public static class PlayerName
{
    public const int MaxLength = 20;

    public static bool IsValid(string? name)
    {
        if (name is null) return false;
        var trimmed = name.Trim();
        return trimmed.Length is >= 1 and <= MaxLength && !TextRules.HasControlCharacters(trimmed);
    }
}
