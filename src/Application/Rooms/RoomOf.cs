using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;

namespace DrawGuess.Application.Rooms;

/// <summary>The Rooms module's part of a room's unit of work.</summary>
internal static class RoomOf
{
    public static Task<Room?> RoomAsync(this IRoomUnitOfWork room, CancellationToken cancellationToken) => room.FindAsync<Room>(cancellationToken);

    public static async Task<Room> RequireRoomAsync(this IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        await room.RoomAsync(cancellationToken) ?? throw new GameRuleException(ErrorCodes.RoomNotFound, "The room no longer exists.");

    /// <summary>
    /// The room the caller plays or watches in, or NOT_IN_ROOM when they were removed from it before the room's lock was taken.
    /// </summary>
    public static async Task<Room> RequireCallersRoomAsync(this IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        await room.RequireRoomAsync(cancellationToken) is var found && found.FindPresent(room.Caller.PlayerId) is not null
            ? found
            : throw new GameRuleException(ErrorCodes.NotInRoom, "Join a room first.");
}
