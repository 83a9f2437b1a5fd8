namespace DrawGuess.Application.Rounds;

/// <summary>The built-in word packs.</summary>
public interface IWordSource
{
    IReadOnlyList<string> Words(string language);
}
