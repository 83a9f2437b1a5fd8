using System.Collections.Concurrent;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// Appends the canvas journal entries of the drawer's calls behind them (ADR 0016): a call's entries wait in
/// memory and reach Redis with the room's other entries of the last <see cref="RedisOptions.CanvasWriteBehind"/>,
/// in one script that appends them only while the lease they were drawn under is still this instance's (the
/// fence). A full save of the game takes the room's waiting entries into its own transaction, the lease is
/// never let go with entries waiting (<see cref="IRoomLeaseObserver.BeforeLetGo"/>), and shutdown writes what is left, so
/// only a killed instance loses strokes: at most one window's. A write that fails or is refused is
/// remembered, and the room's next save rewrites its whole canvas from memory instead of appending.
/// A call is taken without waiting only while Redis takes writes: while no primary is connected, and from a
/// failed write until a save succeeds again, it is saved before it is relayed, so that it is refused with
/// SERVICE_UNAVAILABLE instead of being relayed through a backplane that may deliver it to nobody.
/// </summary>
internal sealed class CanvasWriteBehind : IRoomLeaseObserver, IDisposable
{
    // KEYS: lease, canvas, game. ARGV: lease token, retention ms, the entries. The game's "version" is the
    // previous release's (RedisGameRepository).
    private const string AppendScript = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        redis.call('RPUSH', KEYS[2], unpack(ARGV, 3))
        redis.call('PEXPIRE', KEYS[2], ARGV[2])
        redis.call('HINCRBY', KEYS[3], 'version', 1)
        return 1
        """;

    /// <summary>Far below Lua's argument limit; reached only when the timer runs very late.</summary>
    private const int MostEntriesPerWrite = 1000;

    private readonly RedisConnection _redis;
    private readonly RedisKeys _keys;
    private readonly ILogger<CanvasWriteBehind> _logger;
    private readonly TimeSpan _window;
    private readonly long _retentionMs;
    private readonly ConcurrentDictionary<RoomId, Pending> _rooms = new();
    private volatile bool _writeFailed;
    private Timer? _timer;

    public CanvasWriteBehind(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options, ILogger<CanvasWriteBehind> logger)
    {
        (_redis, _keys, _logger) = (redis, keys, logger);
        _window = options.Value.CanvasWriteBehind;
        _retentionMs = (long)options.Value.StateRetention.TotalMilliseconds;
    }

    /// <summary>
    /// Keeps a canvas call's entries, drawn under <paramref name="fence"/>, for the room's next write. False when
    /// an earlier write of the room was lost, or Redis may not take the write: the caller then stores the whole
    /// game and waits for it (<see cref="Take"/>, <see cref="Saved"/>).
    /// </summary>
    public bool TryAdd(RoomId roomId, RoomFence fence, List<RedisValue> entries)
    {
        if (_writeFailed || !ConnectedToPrimary()) return false;
        while (true)
        {
            var room = _rooms.GetOrAdd(roomId, _ => new Pending());
            lock (room)
            {
                if (room.Retired) continue;
                if (room.Lost) return false;
                if (room.Token != fence.Token) Write(roomId, room);
                room.Token = fence.Token;
                room.Entries.AddRange(entries);
                room.AddedSinceTick = true;
                if (_window <= TimeSpan.Zero || room.Entries.Count >= MostEntriesPerWrite) Write(roomId, room);
            }
            StartTimerOnce();
            return true;
        }
    }

    /// <summary>
    /// For a save of the whole game, which stores them in its own transaction: the room's entries not yet sent,
    /// and whether a write of the room was lost (the save then rewrites the canvas instead).
    /// </summary>
    public List<RedisValue> Take(RoomId roomId, out bool lost)
    {
        lost = false;
        if (!_rooms.TryGetValue(roomId, out var room)) return [];
        lock (room)
        {
            lost = room.Lost;
            var taken = room.Entries;
            (room.Entries, room.Token) = ([], null);
            return taken;
        }
    }

    /// <summary>A save of the whole game reached Redis: the room's canvas is whole again, and Redis takes writes.</summary>
    public void Saved(RoomId roomId)
    {
        _writeFailed = false;
        if (!_rooms.TryGetValue(roomId, out var room)) return;
        lock (room) room.Lost = false;
    }

    public void BeforeLetGo(RoomId roomId) => WritePending(roomId);

    public void WritePending(RoomId roomId)
    {
        if (!_rooms.TryGetValue(roomId, out var room)) return;
        lock (room) Write(roomId, room);
    }

    /// <summary>On shutdown, after the room locks let go of their leases: writes what is left and waits until Redis has it.</summary>
    public void Dispose()
    {
        _timer?.Dispose();
        var written = false;
        foreach (var (roomId, room) in _rooms)
        {
            lock (room)
            {
                written |= room.Entries.Count > 0 || room.Writing > 0;
                Write(roomId, room);
            }
        }
        if (!written) return;
        try
        {
            _redis.Database.Ping(); // answered after every command sent before it on the connection
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            _logger.LogWarning(exception, "Canvas strokes not yet written may be lost: Redis did not answer at shutdown.");
        }
    }

    /// <summary>Sends the room's waiting entries; under the room's gate, so that writes leave in the order drawn.</summary>
    private void Write(RoomId roomId, Pending room)
    {
        if (room.Entries.Count == 0) return;
        var arguments = new RedisValue[room.Entries.Count + 2];
        (arguments[0], arguments[1]) = (room.Token, _retentionMs);
        room.Entries.CopyTo(arguments, 2);
        room.Entries.Clear();
        room.Writing++;
        Task<RedisResult> written;
        try
        {
            written = _redis.Database.ScriptEvaluateAsync(AppendScript, [_keys.RoomLease(roomId), _keys.Canvas(roomId), _keys.Game(roomId)], arguments);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            written = Task.FromException<RedisResult>(exception);
        }
        _ = ObserveAsync(roomId, room, written);
    }

    private async Task ObserveAsync(RoomId roomId, Pending room, Task<RedisResult> written)
    {
        bool stored;
        try
        {
            stored = (long)await written == 1;
            if (!stored) _logger.LogWarning("Canvas strokes of room {RoomId} were refused: its lease is no longer this instance's.", roomId);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            stored = false;
            _writeFailed = true;
            _logger.LogWarning(exception, "Canvas strokes of room {RoomId} were not written; its next save rewrites its canvas.", roomId);
        }
        lock (room)
        {
            room.Writing--;
            room.Lost |= !stored;
        }
    }

    /// <summary>
    /// Known from the multiplexer, without a round trip. In a failover it sends writes to a replica, which refuses
    /// them, while the backplane publishes there too: a relayed stroke would reach no other instance's player.
    /// </summary>
    private bool ConnectedToPrimary()
    {
        try
        {
            foreach (var server in _redis.Multiplexer.GetServers())
            {
                if (server.IsConnected && !server.IsReplica) return true;
            }
            return false;
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            return false;
        }
    }

    /// <summary>One timer for every room, as for the kept leases: a timer per room woke the thread pool per stroke.</summary>
    private void StartTimerOnce()
    {
        if (_timer is not null || _window <= TimeSpan.Zero) return;
        var timer = new Timer(_ => WriteAll(), null, _window, _window);
        if (Interlocked.CompareExchange(ref _timer, timer, null) is not null) timer.Dispose();
    }

    /// <summary>Writes every room's waiting entries, and forgets the rooms nothing was added to since the last tick.</summary>
    private void WriteAll()
    {
        foreach (var (roomId, room) in _rooms)
        {
            lock (room)
            {
                if (room.Entries.Count > 0) Write(roomId, room);
                else if (!room.AddedSinceTick && room.Writing == 0 && !room.Lost)
                {
                    room.Retired = true;
                    _rooms.TryRemove(new KeyValuePair<RoomId, Pending>(roomId, room));
                }
                room.AddedSinceTick = false;
            }
        }
    }

    /// <summary>One room's entries not yet sent, and what its writes did. Its gate is the object itself.</summary>
    private sealed class Pending
    {
        public List<RedisValue> Entries = [];
        public string? Token;
        public int Writing;
        public bool Lost;
        public bool AddedSinceTick;
        public bool Retired;
    }
}
