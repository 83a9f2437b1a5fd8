namespace DrawGuess.Domain.Common;

/// <summary>A rule of the game was broken. <see cref="Code"/> is stable and documented in docs/protocol.md.</summary>
public class GameRuleException(string code, string message, Exception? innerException = null) : Exception(message, innerException)
{
    public string Code { get; } = code;
}
