using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>What <see cref="RedisRoomLocks"/> tells a part of this instance that keeps some of a room's state in memory.</summary>
internal interface IRoomLeaseObserver
{
    /// <summary>
    /// A lease on the room starts a new run (<see cref="LeaseChains"/>): another instance may have held the room,
    /// and changed what this one holds of it, since this instance's last lease on it.
    /// </summary>
    void NewRunOfLeases(RoomId roomId) { }

    /// <summary>This instance is about to let the room's lease go: what it still has to write of the room must be sent now.</summary>
    void BeforeLetGo(RoomId roomId) { }
}
