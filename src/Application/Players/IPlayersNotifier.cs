namespace DrawGuess.Application.Players;

public interface IPlayersNotifier
{
    /// <summary>Tells a connection that another one now speaks for its player.</summary>
    Task SessionReplaced(string connectionId);
}
