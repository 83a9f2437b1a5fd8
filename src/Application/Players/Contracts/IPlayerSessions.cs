using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Players.Contracts;

/// <summary>Read access to guest identities and their connections, the one place that knows who is connected.</summary>
public interface IPlayerSessions
{
    Task<PlayerSessionView?> FindByConnectionAsync(string connectionId);

    Task<PlayerSessionView?> FindAsync(PlayerId playerId);

    /// <summary>Each player's current connection (null where there is none), looked up together: broadcasts call it per event.</summary>
    Task<IReadOnlyList<PlayerConnection?>> FindConnectionsAsync(IReadOnlyList<PlayerId> players);

    /// <summary>
    /// True when this instance knows, without a round trip, that each of these players is connected to it or to
    /// nothing: what it sends them then crosses no other instance. False whenever it does not know.
    /// </summary>
    bool AllKnownConnectedHere(IReadOnlyList<PlayerId> players);

    /// <summary>Registered players, connected or not.</summary>
    Task<int> CountAsync();

    /// <summary>Players connected to any instance sharing this store.</summary>
    Task<int> ConnectedCountAsync();

    /// <summary>Players whose connection this instance holds.</summary>
    Task<int> ConnectedHereCountAsync();

    /// <summary>The caller's session, or NOT_REGISTERED.</summary>
    async Task<PlayerSessionView> RequireCallerAsync(string connectionId) =>
        await FindByConnectionAsync(connectionId) ?? throw new GameRuleException(ErrorCodes.NotRegistered, "Register or resume first.");

    /// <summary>The caller's session and room, or NOT_REGISTERED / NOT_IN_ROOM.</summary>
    async Task<(PlayerSessionView Caller, RoomId RoomId)> RequireCallerInRoomAsync(string connectionId)
    {
        var caller = await RequireCallerAsync(connectionId);
        return caller.RoomId is { } roomId ? (caller, roomId) : throw new GameRuleException(ErrorCodes.NotInRoom, "Join a room first.");
    }
}
