using System.Collections.Concurrent;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Players.Redis;

/// <summary>
/// The connections of the players this instance sends to (a drawer's 30 batches a second go to 7 of them), so
/// relaying a stroke batch needs no round trip to Redis. An entry is dropped when its player's session changes
/// (news on the <see cref="SessionChangeFeed"/>; at once for a change made here), and it is not used once
/// another instance has held the player's room since it was read: a player who resumes or joins elsewhere takes
/// the room's lease for their snapshot, so this instance reads their new connection under its next lease of the
/// room, after the change, whatever the news's delay.
/// </summary>
internal sealed class ReceiverConnectionCache(TimeProvider clock) : IRoomLeaseObserver
{
    private readonly ConcurrentDictionary<PlayerId, Entry> _byPlayer = new();
    private readonly ConcurrentDictionary<PlayerId, ResolvedReceivers> _resolvedByFirstPlayer = new();
    private readonly RoomsInUse<RunOfLeases> _rooms = new(clock);
    private long _changes;

    /// <summary>Read before looking connections up; <see cref="Add"/> drops what a change made stale meanwhile.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>The connection of each player (null for a player without one), or null unless every one is held.</summary>
    public PlayerConnection?[]? Find(IReadOnlyList<PlayerId> players) => Resolve(players)?.Connections;

    /// <summary>True when the connection of every one of these players is held and on <paramref name="instanceId"/> (or the player has none).</summary>
    public bool AllConnectedTo(string instanceId, IReadOnlyList<PlayerId> players) => Resolve(players)?.AllConnectedTo(instanceId) ?? false;

    /// <summary>
    /// The players' connections as one list: the list resolved last for the same players while no change came in and
    /// none of its entries is too old, otherwise resolved entry by entry. A stroke batch asks twice for its room's
    /// receivers (to choose where its entries are written, then to send it); one list read back costs a few cache
    /// lines where each receiver's entry and room cost several each (docs/performance.md, "Redis mode").
    /// </summary>
    private ResolvedReceivers? Resolve(IReadOnlyList<PlayerId> players)
    {
        if (players.Count == 0) return ResolvedReceivers.None;
        var now = clock.GetUtcNow();
        var changes = Changes;
        if (_resolvedByFirstPlayer.TryGetValue(players[0], out var resolved) && resolved.Serves(players, changes, now)) return resolved;
        var connections = new PlayerConnection?[players.Count];
        var oldest = now;
        for (var i = 0; i < connections.Length; i++)
        {
            if (!_byPlayer.TryGetValue(players[i], out var entry) || now - entry.AddedAt >= CallerSessionCache.MaxAge
                || !ReferenceEquals(_rooms.Use(entry.RoomId), entry.Run)) return null;
            connections[i] = entry.Connection;
            if (entry.AddedAt < oldest) oldest = entry.AddedAt;
        }
        resolved = new ResolvedReceivers([.. players], connections, changes, oldest);
        _resolvedByFirstPlayer[players[0]] = resolved;
        return resolved;
    }

    /// <summary>Holds a connection looked up after <paramref name="changesBefore"/> was read, unless a change came in between.</summary>
    public void Add(PlayerId player, PlayerConnection? connection, RoomId room, long changesBefore)
    {
        var run = _rooms.Use(room) ?? StartRun(room);
        var entry = new Entry(connection, room, run, clock.GetUtcNow());
        _byPlayer[player] = entry;
        if (Changes != changesBefore) _byPlayer.TryRemove(new KeyValuePair<PlayerId, Entry>(player, entry));
    }

    public void ForgetPlayer(PlayerId player)
    {
        Interlocked.Increment(ref _changes);
        _byPlayer.TryRemove(player, out _);
        _resolvedByFirstPlayer.TryRemove(player, out _);
    }

    /// <summary>Forgets everything: news of changes may have been missed (Redis unreachable, or restarted).</summary>
    public void Clear()
    {
        Interlocked.Increment(ref _changes);
        _byPlayer.Clear();
        _resolvedByFirstPlayer.Clear();
    }

    /// <summary>Another instance may have held the room since this one's last lease on it, and its players changed connection.</summary>
    public void NewRunOfLeases(RoomId roomId)
    {
        Interlocked.Increment(ref _changes);
        StartRun(roomId);
    }

    private RunOfLeases StartRun(RoomId room)
    {
        var run = new RunOfLeases();
        _rooms.Set(room, run);
        return run;
    }

    /// <summary>Compared by reference: entries read under an earlier run of leases on the room hold another.</summary>
    private sealed class RunOfLeases;

    private sealed record Entry(PlayerConnection? Connection, RoomId RoomId, RunOfLeases Run, DateTimeOffset AddedAt);

    /// <summary>Valid while the cache's count of changes is the one read before its entries were, and its oldest entry is young enough.</summary>
    private sealed class ResolvedReceivers(PlayerId[] players, PlayerConnection?[] connections, long changes, DateTimeOffset oldest)
    {
        public static readonly ResolvedReceivers None = new([], [], -1, DateTimeOffset.MaxValue);

        public PlayerConnection?[] Connections => connections;

        public bool Serves(IReadOnlyList<PlayerId> asked, long changesNow, DateTimeOffset now)
        {
            if (changes != changesNow || now - oldest >= CallerSessionCache.MaxAge || asked.Count != players.Length) return false;
            for (var i = 0; i < players.Length; i++)
            {
                if (asked[i] != players[i]) return false;
            }
            return true;
        }

        public bool AllConnectedTo(string instanceId) =>
            Array.TrueForAll(connections, connection => connection is null || connection.InstanceId == instanceId);
    }
}
