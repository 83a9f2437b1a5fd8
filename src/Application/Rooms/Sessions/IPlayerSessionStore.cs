using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms.Sessions;

/// <summary>Guest identities and which connection speaks for each player (one at a time).</summary>
public interface IPlayerSessionStore : IPlayerSessions
{
    void Add(PlayerSession session);

    PlayerSession? FindSession(PlayerId playerId);

    PlayerSession? FindByTokenHash(string tokenHash);

    /// <summary>Binds the connection to the player and returns the connection it replaced, if any.</summary>
    string? Bind(PlayerId playerId, string connectionId);

    /// <summary>Forgets the connection; returns its player if the connection was still the player's current one.</summary>
    PlayerId? Unbind(string connectionId);

    void SetRoom(PlayerId playerId, RoomId? roomId);

    /// <summary>Forgets identities idle (no connection, no room) since before <paramref name="idleBefore"/>; returns how many.</summary>
    int ForgetIdle(DateTimeOffset idleBefore);

    int Count { get; }

    int ConnectedCount { get; }
}
