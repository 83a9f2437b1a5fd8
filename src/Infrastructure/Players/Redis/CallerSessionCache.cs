using System.Collections.Concurrent;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Players.Redis;

/// <summary>
/// The sessions of this instance's callers, so a hub call (a drawer's 30 stroke batches a second above
/// all) finds its caller without a round trip to Redis. Every session change is published, and each
/// instance forgets what it holds for that player (<see cref="RedisPlayerSessionStore"/>). An entry
/// may still be read in the instant before that news arrives; it only names the room to lock, and
/// handlers check membership, host and drawer under the room's lease, so such a call is refused there.
/// </summary>
internal sealed class CallerSessionCache(TimeProvider clock)
{
    /// <summary>Bounds how long an entry can be wrong if a change's news is lost (pub/sub delivers at most once).</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Entry> _byConnection = new(StringComparer.Ordinal);
    private readonly Dictionary<PlayerId, string> _connectionOf = [];

    /// <summary>
    /// Held while an entry is added or forgotten, which touches both maps: a forget of a player must not return while
    /// another forget of them (the news of a change, and the change made here) still has the entry to remove, or the
    /// caller's next hub call gets the old session. Finds take no lock.
    /// </summary>
    private readonly Lock _changing = new();
    private long _changes;

    /// <summary>Read before looking a session up; <see cref="Add"/> drops what a change made stale meanwhile.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    public int Count => _byConnection.Count;

    /// <summary>The held session as a task completed once per entry, so a connection's hub calls allocate none for it.</summary>
    public Task<PlayerSessionView?>? FindCompleted(string connectionId) =>
        _byConnection.TryGetValue(connectionId, out var entry) && clock.GetUtcNow() - entry.AddedAt < MaxAge ? entry.Completed : null;

    /// <summary>Holds a session looked up after <paramref name="changesBefore"/> was read, unless a change came in between.</summary>
    public void Add(string connectionId, PlayerSessionView session, long changesBefore)
    {
        lock (_changing)
        {
            if (Changes != changesBefore) return;
            // A player speaks through one connection at a time: one held for an older connection is stale.
            if (_connectionOf.TryGetValue(session.PlayerId, out var previous) && previous != connectionId) Remove(previous, session.PlayerId);
            _byConnection[connectionId] = new Entry(session, clock.GetUtcNow());
            _connectionOf[session.PlayerId] = connectionId;
        }
    }

    public void ForgetPlayer(PlayerId playerId)
    {
        lock (_changing)
        {
            Interlocked.Increment(ref _changes);
            if (_connectionOf.Remove(playerId, out var connectionId)) Remove(connectionId, playerId);
        }
    }

    public void ForgetConnection(string connectionId)
    {
        lock (_changing)
        {
            Interlocked.Increment(ref _changes);
            if (_byConnection.TryRemove(connectionId, out var entry) && _connectionOf.GetValueOrDefault(entry.Session.PlayerId) == connectionId)
                _connectionOf.Remove(entry.Session.PlayerId);
        }
    }

    /// <summary>Forgets everything: news of changes may have been missed (Redis unreachable, or restarted).</summary>
    public void Clear()
    {
        lock (_changing)
        {
            Interlocked.Increment(ref _changes);
            _byConnection.Clear();
            _connectionOf.Clear();
        }
    }

    private void Remove(string connectionId, PlayerId playerId)
    {
        if (_byConnection.TryGetValue(connectionId, out var entry) && entry.Session.PlayerId == playerId) _byConnection.TryRemove(connectionId, out _);
    }

    private sealed record Entry(PlayerSessionView Session, DateTimeOffset AddedAt)
    {
        public Task<PlayerSessionView?> Completed { get; } = Task.FromResult<PlayerSessionView?>(Session);
    }
}
