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
    private readonly ConcurrentDictionary<PlayerId, string> _connectionOf = new();
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
        var entry = new Entry(session, clock.GetUtcNow());
        _byConnection[connectionId] = entry;
        string? previous = null;
        _connectionOf.AddOrUpdate(session.PlayerId, connectionId, (_, held) =>
        {
            previous = held;
            return connectionId;
        });
        // A player speaks through one connection at a time: one held for an older connection is stale.
        if (previous is not null && previous != connectionId) ForgetConnection(previous, session.PlayerId);
        if (Changes != changesBefore) _byConnection.TryRemove(new KeyValuePair<string, Entry>(connectionId, entry));
    }

    public void ForgetPlayer(PlayerId playerId)
    {
        Interlocked.Increment(ref _changes);
        if (_connectionOf.TryRemove(playerId, out var connectionId)) ForgetConnection(connectionId, playerId);
    }

    public void ForgetConnection(string connectionId)
    {
        Interlocked.Increment(ref _changes);
        if (_byConnection.TryRemove(connectionId, out var entry))
            _connectionOf.TryRemove(new KeyValuePair<PlayerId, string>(entry.Session.PlayerId, connectionId));
    }

    /// <summary>Forgets everything: news of changes may have been missed (Redis unreachable, or restarted).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _changes);
        _byConnection.Clear();
        _connectionOf.Clear();
    }

    private void ForgetConnection(string connectionId, PlayerId playerId)
    {
        if (_byConnection.TryGetValue(connectionId, out var entry) && entry.Session.PlayerId == playerId)
            _byConnection.TryRemove(new KeyValuePair<string, Entry>(connectionId, entry));
    }

    private sealed record Entry(PlayerSessionView Session, DateTimeOffset AddedAt)
    {
        public Task<PlayerSessionView?> Completed { get; } = Task.FromResult<PlayerSessionView?>(Session);
    }
}
