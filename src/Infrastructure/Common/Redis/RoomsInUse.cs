using System.Collections.Concurrent;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// A value per room that this instance keeps while the room is used here. A room unused for
/// <see cref="KeptFor"/> is let go on a later write, so rooms closed on other instances do not stay
/// in this one's memory.
/// </summary>
internal sealed class RoomsInUse<T>(TimeProvider clock) where T : class
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<RoomId, Entry> _entries = new();
    private long _nextSweepTicks = (clock.GetUtcNow() + KeptFor).UtcTicks;

    /// <summary>The room's value, now counted as used; null if there is none.</summary>
    public T? Use(RoomId roomId)
    {
        if (!_entries.TryGetValue(roomId, out var entry)) return null;
        Volatile.Write(ref entry.LastUsedTicks, clock.GetUtcNow().UtcTicks);
        return entry.Value;
    }

    /// <summary>The room's value without counting a use, for a caller that sets a new one next.</summary>
    public T? Find(RoomId roomId) => _entries.TryGetValue(roomId, out var entry) ? entry.Value : null;

    public void Set(RoomId roomId, T value)
    {
        var now = clock.GetUtcNow();
        _entries[roomId] = new Entry(value, now.UtcTicks);
        var nextSweep = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks >= nextSweep && Interlocked.CompareExchange(ref _nextSweepTicks, (now + KeptFor).UtcTicks, nextSweep) == nextSweep)
            LetGoOfRoomsUnusedSince(now - KeptFor);
    }

    public void Remove(RoomId roomId) => _entries.TryRemove(roomId, out _);

    private void LetGoOfRoomsUnusedSince(DateTimeOffset cutoff)
    {
        foreach (var entry in _entries)
        {
            if (Volatile.Read(ref entry.Value.LastUsedTicks) < cutoff.UtcTicks) _entries.TryRemove(entry);
        }
    }

    /// <summary>Mutable, so that a use on every stroke batch updates it in place instead of allocating.</summary>
    private sealed class Entry(T value, long lastUsedTicks)
    {
        public readonly T Value = value;
        public long LastUsedTicks = lastUsedTicks;
    }
}
