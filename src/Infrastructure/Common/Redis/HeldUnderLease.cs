using System.Collections.Concurrent;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// What this instance last read or stored of each room while it held the room's lease, to reuse
/// under its next lease of the room when no other lease was granted in between (<see cref="LeaseGrant"/>):
/// then nobody else can have changed it, and reading it back from Redis would return the same.
/// A room not used here for <see cref="KeptFor"/> is let go, so rooms closed on other instances do
/// not stay in this one's memory.
/// </summary>
internal sealed class HeldUnderLease<T>(TimeProvider clock) where T : class
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<RoomId, Held> _held = new();
    private long _nextSweepTicks = (clock.GetUtcNow() + KeptFor).UtcTicks;

    /// <summary>The state held for <paramref name="roomId"/> if it is still current; otherwise forgets it.</summary>
    public T? Reuse(RoomId roomId)
    {
        if (RoomLeaseScope.HeldGrant(roomId) is { } lease && _held.TryGetValue(roomId, out var held) && lease.KeepsCurrent(held.LeaseToken))
        {
            _held[roomId] = new Held(lease.Token, held.State, clock.GetUtcNow());
            return held.State;
        }
        _held.TryRemove(roomId, out _);
        return null;
    }

    /// <summary>Keeps <paramref name="state"/>, just read or stored, when the caller holds the room's lease.</summary>
    public void Hold(RoomId roomId, T state)
    {
        if (RoomLeaseScope.HeldGrant(roomId) is not { } lease) return;
        var now = clock.GetUtcNow();
        _held[roomId] = new Held(lease.Token, state, now);
        var nextSweep = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks >= nextSweep && Interlocked.CompareExchange(ref _nextSweepTicks, (now + KeptFor).UtcTicks, nextSweep) == nextSweep)
            LetGoOfRoomsUnusedSince(now - KeptFor);
    }

    /// <summary>Before a write: should it fail, what Redis holds is unknown.</summary>
    public void Forget(RoomId roomId) => _held.TryRemove(roomId, out _);

    private void LetGoOfRoomsUnusedSince(DateTimeOffset cutoff)
    {
        foreach (var entry in _held)
        {
            if (entry.Value.LastUsed < cutoff) _held.TryRemove(entry);
        }
    }

    private sealed record Held(string LeaseToken, T State, DateTimeOffset LastUsed);
}
