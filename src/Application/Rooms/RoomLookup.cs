using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

internal static class RoomLookup
{
    /// <summary>Finds a room by its id or its invite code (see <see cref="AnswersTo"/>), or fails with ROOM_NOT_FOUND.</summary>
    public static async Task<Room> FindByIdOrCodeAsync(this IRoomRepository rooms, string idOrCode, PlayerId? asker, CancellationToken cancellationToken)
    {
        var text = idOrCode.Trim();
        Room? room = null;
        if (RoomId.TryParse(text, out var roomId)) room = await rooms.FindAsync(roomId, fence: null, cancellationToken);
        else if (RoomCode.TryParse(text, out var code)) room = await rooms.FindByCodeAsync(code, cancellationToken);
        return room is not null && AnswersTo(room, text, asker) ? room : throw NotFound();
    }

    /// <summary>
    /// Whether <paramref name="idOrCode"/> still leads to <paramref name="room"/> for <paramref name="asker"/>: its
    /// current invite code always does; its id only while the room is public, or for the players it knows. The
    /// lobby shows every public room's id, so a room made private must stop answering to it.
    /// </summary>
    public static bool AnswersTo(Room room, string idOrCode, PlayerId? asker)
    {
        var text = idOrCode.Trim();
        if (RoomId.TryParse(text, out var roomId))
            return roomId == room.Id && (room.Settings.IsPublic || (asker is { } player && room.Knows(player)));
        return RoomCode.TryParse(text, out var code) && code == room.Code;
    }

    public static GameRuleException NotFound() => new(ErrorCodes.RoomNotFound, "No room with that id or code.");

    public static async Task<RoomCode> UnusedCodeAsync(this IRoomRepository rooms, IRandomSource random, CancellationToken cancellationToken)
    {
        while (true)
        {
            var code = RoomCode.Generate(random);
            if (await rooms.FindByCodeAsync(code, cancellationToken) is null) return code;
        }
    }
}
