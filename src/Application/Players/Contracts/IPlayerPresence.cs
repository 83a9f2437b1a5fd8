using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Players.Contracts;

/// <summary>Where a player is, as other modules may change it: which connection speaks for them and which room they sit in.</summary>
public interface IPlayerPresence
{
    /// <summary>
    /// Binds the connection to the player whose resume token it presents (INVALID_RESUME_TOKEN if none; VALIDATION_FAILED
    /// if the connection speaks for another player). A connection it replaces (another tab) is told so.
    /// </summary>
    Task<ResumedPlayer> ResumeAsync(string connectionId, string resumeToken);

    /// <summary>Forgets a closed connection; the player it still spoke for, or null.</summary>
    Task<PlayerSessionView?> DisconnectAsync(string connectionId);

    Task SetRoomAsync(PlayerId playerId, RoomId? roomId);
}

/// <summary>The resumed player, and the connection that spoke for them until now (null if none, or the same one).</summary>
public sealed record ResumedPlayer(PlayerSessionView Player, string? ReplacedConnection);
