using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>What <see cref="RedisRoomLocks"/> tells the parts of this instance that keep some of a room's state in memory.</summary>
internal interface IRoomLeaseObserver
{
    /// <summary>
    /// A lease on the room starts a new run (<see cref="LeaseChains"/>): another instance may have held the room,
    /// and changed what this one holds of it, since this instance's last lease on it.
    /// </summary>
    void NewRunOfLeases(RoomId roomId)
    {
    }

    /// <summary>
    /// The lease is about to be let go: changes of the room not yet written are sent now. A write sent first
    /// reaches Redis first on the one connection, so the instance granted the room next reads them.
    /// </summary>
    void BeforeLetGo(RoomId roomId)
    {
    }
}
