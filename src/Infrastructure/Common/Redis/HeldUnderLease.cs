using System.Collections.Concurrent;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// What this instance last read or stored of each room while it held the room's lease, to reuse
/// under its next lease of the room when no other lease was granted in between (<see cref="LeaseGrant"/>):
/// then nobody else can have changed it, and reading it back from Redis would return the same.
/// </summary>
internal sealed class HeldUnderLease<T> where T : class
{
    private readonly ConcurrentDictionary<RoomId, (string LeaseToken, T State)> _held = new();

    /// <summary>The state held for <paramref name="roomId"/> if it is still current; otherwise forgets it.</summary>
    public T? Reuse(RoomId roomId)
    {
        if (RoomLeaseScope.HeldGrant(roomId) is { } lease && _held.TryGetValue(roomId, out var held) && lease.KeepsCurrent(held.LeaseToken))
        {
            _held[roomId] = (lease.Token, held.State);
            return held.State;
        }
        _held.TryRemove(roomId, out _);
        return null;
    }

    /// <summary>Keeps <paramref name="state"/>, just read or stored, when the caller holds the room's lease.</summary>
    public void Hold(RoomId roomId, T state)
    {
        if (RoomLeaseScope.HeldGrant(roomId) is { } lease) _held[roomId] = (lease.Token, state);
    }

    /// <summary>Before a write: should it fail, what Redis holds is unknown.</summary>
    public void Forget(RoomId roomId) => _held.TryRemove(roomId, out _);
}
