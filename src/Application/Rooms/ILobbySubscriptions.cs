namespace DrawGuess.Application.Rooms;

/// <summary>Which connections receive live updates of the public room list.</summary>
public interface ILobbySubscriptions
{
    Task WatchAsync(string connectionId);

    Task UnwatchAsync(string connectionId);
}
