namespace DrawGuess.Domain.Common;

public static class TextRules
{
    public static bool HasControlCharacters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsControl(c)) return true;
        }
        return false;
    }
}
