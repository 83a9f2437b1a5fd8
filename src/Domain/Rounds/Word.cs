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

    /// <summary>Indexes into <see cref="Text"/> of the characters a guesser has to find (not spaces or hyphens).</summary>
    public IReadOnlyList<int> LetterPositions =>
        Enumerable.Range(0, Text.Length).Where(i => Text[i] is not (' ' or '-')).ToArray();

    public GuessVerdict Judge(string guess)
    {
        var normalized = GuessText.Normalize(guess);
        if (normalized == Normalized) return GuessVerdict.Correct;
        if (Normalized.Length >= CloseGuessMinLength && GuessText.DistanceUpToTwo(normalized, Normalized) == 1)
            return GuessVerdict.Close;
        return GuessVerdict.Wrong;
    }

    public bool IsContainedIn(string message) => Normalized.Length > 0 && GuessText.Normalize(message).Contains(Normalized, StringComparison.Ordinal);

    /// <summary>`_` for every hidden letter, revealed letters, spaces and hyphens as they are.</summary>
    public string Pattern(IEnumerable<int> revealedPositions)
    {
        var revealed = revealedPositions.ToHashSet();
        var chars = Text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is ' ' or '-' || revealed.Contains(i)) continue;
            chars[i] = '_';
        }
        return new string(chars);
    }

    public override string ToString() => "[secret word]";
}
