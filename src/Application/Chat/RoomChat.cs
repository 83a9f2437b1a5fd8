using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Chat;

namespace DrawGuess.Application.Chat;

/// <summary>The Chat module's part of a room's unit of work.</summary>
internal static class RoomChat
{
    /// <summary>The room's chat log; an empty one for a room that has none yet.</summary>
    public static async Task<ChatLog> ChatAsync(this IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.FindAsync<ChatLog>(cancellationToken))!;
}
