using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Players.Sessions;

/// <summary>Guest identities and which connection speaks for each player (one at a time).</summary>
public interface IPlayerSessionStore : IPlayerSessions
{
    Task AddAsync(PlayerSession session);

    Task<PlayerSession?> FindSessionAsync(PlayerId playerId);

    Task<PlayerSession?> FindByTokenHashAsync(string tokenHash);

    /// <summary>Binds the connection to the player and returns the connection it replaced, if any.</summary>
    Task<string?> BindAsync(PlayerId playerId, string connectionId);

    /// <summary>Forgets the connection; returns its player if the connection was still the player's current one.</summary>
    Task<PlayerId?> UnbindAsync(string connectionId);

    Task SetRoomAsync(PlayerId playerId, RoomId? roomId);

    /// <summary>Forgets identities idle (no connection, no room) since before <paramref name="idleBefore"/>; returns how many.</summary>
    Task<int> ForgetIdleAsync(DateTimeOffset idleBefore);
}
