namespace DrawGuess.Domain.SharedKernel;

/// <summary>
/// Whether a room's seated players are connected, and since when one is not. The room's members are its one
/// source; a game reads it for its rules (whose turn, grace periods) and keeps no copy.
/// </summary>
public interface IPresence
{
    bool IsConnected(PlayerId playerId);

    /// <summary>When the player lost their connection; null while connected or when not seated.</summary>
    DateTimeOffset? DisconnectedAt(PlayerId playerId);
}
