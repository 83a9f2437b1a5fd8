using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>A store that writes some of a room's changes after the command that made them, under the command's lease.</summary>
internal interface IRoomWritesBehind
{
    /// <summary>
    /// Sends the room's changes not yet written, before the lease is let go: a write sent first reaches Redis
    /// first on the one connection, so the instance granted the room next reads them.
    /// </summary>
    void WritePending(RoomId roomId);
}
