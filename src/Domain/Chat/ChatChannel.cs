namespace DrawGuess.Domain.Chat;

public enum ChatChannel
{
    /// <summary>Everyone in the room.</summary>
    All,
    /// <summary>Only the drawer and the players who already guessed the word.</summary>
    Guessed,
}
