namespace DrawGuess.Application.Players;

public sealed class PlayersOptions
{
    public const string Section = "Players";

    /// <summary>How long a guest identity with no connection and no room can still be resumed before it is forgotten.</summary>
    public TimeSpan IdleSessionRetention { get; set; } = TimeSpan.FromHours(12);
}
