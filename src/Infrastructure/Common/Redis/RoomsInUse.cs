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
        _entries[roomId] = entry with { LastUsed = clock.GetUtcNow() };
        return entry.Value;
    }

    public void Set(RoomId roomId, T value)
    {
        var now = clock.GetUtcNow();
        _entries[roomId] = new Entry(value, now);
        var nextSweep = Interlocked.Read(ref _nextSweepTicks);
        if (now.UtcTicks >= nextSweep && Interlocked.CompareExchange(ref _nextSweepTicks, (now + KeptFor).UtcTicks, nextSweep) == nextSweep)
            LetGoOfRoomsUnusedSince(now - KeptFor);
    }

    public void Remove(RoomId roomId) => _entries.TryRemove(roomId, out _);

    private void LetGoOfRoomsUnusedSince(DateTimeOffset cutoff)
    {
        foreach (var entry in _entries)
        {
            if (entry.Value.LastUsed < cutoff) _entries.TryRemove(entry);
        }
    }

    private sealed record Entry(T Value, DateTimeOffset LastUsed);
}
