using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

internal static class RoomLookup
{
    /// <summary>Finds a room by its id or its invite code, or fails with ROOM_NOT_FOUND.</summary>
    public static async Task<Room> FindByIdOrCodeAsync(this IRoomRepository rooms, string idOrCode, CancellationToken cancellationToken)
    {
        var text = idOrCode.Trim();
        Room? room = null;
        if (RoomId.TryParse(text, out var roomId)) room = await rooms.FindAsync(roomId, cancellationToken);
        else if (RoomCode.TryParse(text, out var code)) room = await rooms.FindByCodeAsync(code, cancellationToken);
        return room ?? throw new GameRuleException(ErrorCodes.RoomNotFound, "No room with that id or code.");
    }

    public static async Task<Room> RequireAsync(this IRoomRepository rooms, RoomId roomId, CancellationToken cancellationToken) =>
        await rooms.FindAsync(roomId, cancellationToken) ?? throw new GameRuleException(ErrorCodes.RoomNotFound, "The room no longer exists.");
}
