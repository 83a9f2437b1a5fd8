using System.Collections.Concurrent;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// Appends the canvas journal entries of the drawer's calls behind them (ADR 0022), for rooms whose receivers are all
/// connected to this instance: a call's entries wait in memory and reach Redis with the room's other entries of the
/// last <see cref="RedisOptions.CanvasWriteBehind"/>, in one script that appends them only while the lease they were
/// drawn under is still this instance's (the fence). A full save of the game takes the room's waiting entries into its
/// own transaction, the lease is never let go with entries waiting (<see cref="IRoomLeaseObserver.BeforeLetGo"/>), and
/// shutdown writes what is left, so only a killed instance loses strokes: at most one window's. A write that fails or
/// is refused is remembered, and the room's next save rewrites its whole canvas from memory instead of appending.
/// A call is taken without waiting only while Redis takes writes: while no primary is connected, and from a failed
/// write until a save succeeds again, it is saved before it is relayed, and refused with SERVICE_UNAVAILABLE while that fails.
/// </summary>
internal sealed class CanvasWriteBehind : IRoomLeaseObserver, IDisposable
{
    // KEYS: lease, canvas and game of each room. ARGV: retention ms, then for each room its lease token, its number
    // of entries and the entries. Returns 1 for each room appended, 0 for each whose lease is no longer the token's.
    // The game's "version" is the previous release's (RedisGameRepository).
    private const string AppendScript = """
        local results, at = {}, 2
        for room = 1, #KEYS, 3 do
          local token, count = ARGV[at], tonumber(ARGV[at + 1])
          at = at + 2
          if redis.call('GET', KEYS[room]) == token then
            redis.call('RPUSH', KEYS[room + 1], unpack(ARGV, at, at + count - 1))
            redis.call('PEXPIRE', KEYS[room + 1], ARGV[1])
            redis.call('HINCRBY', KEYS[room + 2], 'version', 1)
            results[#results + 1] = 1
          else
            results[#results + 1] = 0
          end
          at = at + count
        end
        return results
        """;

    /// <summary>Entries of one room or one script, far below what Lua's unpack takes; a room reaches it only when the timer runs very late.</summary>
    private const int MostEntriesPerWrite = 1000;

    private readonly RedisConnection _redis;
    private readonly RedisKeys _keys;
    private readonly ILogger<CanvasWriteBehind> _logger;
    private readonly TimeSpan _window;
    private readonly long _retentionMs;
    private readonly ConcurrentDictionary<RoomId, Pending> _rooms = new();
    private volatile bool _writeFailed;
    private int _writingAll;
    private int _disposed;
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
                if (room.Token != fence.Token) Write([(roomId, room)]);
                room.Token = fence.Token;
                room.Entries.AddRange(entries);
                room.AddedSinceTick = true;
                if (_window <= TimeSpan.Zero || room.Entries.Count >= MostEntriesPerWrite) Write([(roomId, room)]);
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

    /// <summary>Entries of the room wait to be sent, or a write of the room was lost: an append now would land before them, or after a gap.</summary>
    public bool HasUnwritten(RoomId roomId)
    {
        if (!_rooms.TryGetValue(roomId, out var room)) return false;
        lock (room) return room.Entries.Count > 0 || room.Lost;
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
        lock (room) Write([(roomId, room)]);
    }

    /// <summary>On shutdown, after the room locks let go of their leases: writes what is left and waits until Redis has it.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return; // registered twice (also as an IRoomLeaseObserver), so disposed twice
        _timer?.Dispose();
        while (Interlocked.Exchange(ref _writingAll, 1) == 1) Thread.Yield(); // a tick still running holds rooms' gates
        if (!WriteAll(forgetIdleRooms: false)) return;
        try
        {
            _redis.Database.Ping(); // answered after every command sent before it on the connection
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            _logger.LogWarning(exception, "Canvas strokes not yet written may be lost: Redis did not answer at shutdown.");
        }
    }

    /// <summary>
    /// Sends the waiting entries of every room, in as few scripts as <see cref="MostEntriesPerWrite"/> allows: one script
    /// per room would cost redis-server more than the appends themselves. Each room's gate is held until its entries
    /// are sent, so that no other write of the room overtakes them; one caller at a time (<c>_writingAll</c>), so the
    /// gates are always taken in the same order. Returns whether anything was sent or still is in flight.
    /// </summary>
    private bool WriteAll(bool forgetIdleRooms)
    {
        var (sending, entries, anything) = (new List<(RoomId, Pending)>(), 0, false);
        try
        {
            foreach (var (roomId, room) in _rooms)
            {
                Monitor.Enter(room);
                anything |= room.Entries.Count > 0 || room.Writing > 0;
                if (room.Entries.Count > 0)
                {
                    sending.Add((roomId, room));
                    room.AddedSinceTick = false;
                    entries += room.Entries.Count;
                    if (entries < MostEntriesPerWrite) continue;
                    SendAndRelease(sending);
                    entries = 0;
                    continue;
                }
                if (forgetIdleRooms && !room.AddedSinceTick && room.Writing == 0 && !room.Lost)
                {
                    room.Retired = true;
                    _rooms.TryRemove(new KeyValuePair<RoomId, Pending>(roomId, room));
                }
                room.AddedSinceTick = false;
                Monitor.Exit(room);
            }
        }
        finally
        {
            SendAndRelease(sending);
        }
        return anything;
    }

    private void SendAndRelease(List<(RoomId Id, Pending Room)> rooms)
    {
        try
        {
            if (rooms.Count > 0) Write(rooms);
        }
        finally
        {
            foreach (var (_, room) in rooms) Monitor.Exit(room);
            rooms.Clear();
        }
    }

    /// <summary>Sends the waiting entries of these rooms in one script; the caller holds each room's gate, so writes leave in the order drawn.</summary>
    private void Write(IReadOnlyList<(RoomId Id, Pending Room)> rooms)
    {
        var sent = new List<(RoomId, Pending)>(rooms.Count);
        var (keys, arguments) = (new List<RedisKey>(3 * rooms.Count), new List<RedisValue> { _retentionMs });
        foreach (var (roomId, room) in rooms)
        {
            if (room.Entries.Count == 0) continue;
            keys.AddRange([_keys.RoomLease(roomId), _keys.Canvas(roomId), _keys.Game(roomId)]);
            arguments.AddRange([room.Token, room.Entries.Count]);
            arguments.AddRange(room.Entries);
            room.Entries.Clear();
            room.Writing++;
            sent.Add((roomId, room));
        }
        if (sent.Count == 0) return;
        Task<RedisResult> written;
        try
        {
            written = _redis.Database.ScriptEvaluateAsync(AppendScript, [.. keys], [.. arguments]);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            written = Task.FromException<RedisResult>(exception);
        }
        _ = ObserveAsync(sent, written);
    }

    private async Task ObserveAsync(List<(RoomId Id, Pending Room)> rooms, Task<RedisResult> written)
    {
        RedisResult[]? appended = null;
        try
        {
            appended = (RedisResult[])(await written)!;
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            _writeFailed = true;
            _logger.LogWarning(exception, "Canvas strokes of {Rooms} rooms were not written; their next saves rewrite their canvases.", rooms.Count);
        }
        for (var i = 0; i < rooms.Count; i++)
        {
            var (roomId, room) = rooms[i];
            var stored = appended is not null && (long)appended[i] == 1;
            if (appended is not null && !stored) _logger.LogWarning("Canvas strokes of room {RoomId} were refused: its lease is no longer this instance's.", roomId);
            lock (room)
            {
                room.Writing--;
                room.Lost |= !stored;
            }
        }
    }

    /// <summary>Known from the multiplexer, without a round trip: while it has no primary, a call waits for its write and is refused if that fails.</summary>
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
        var timer = new Timer(_ => Tick(), null, _window, _window);
        if (Interlocked.CompareExchange(ref _timer, timer, null) is not null) timer.Dispose();
    }

    /// <summary>Writes every room's waiting entries, and forgets the rooms nothing was added to since the last tick; skipped while the last tick still runs.</summary>
    private void Tick()
    {
        if (Interlocked.Exchange(ref _writingAll, 1) == 1) return;
        try
        {
            WriteAll(forgetIdleRooms: true);
        }
        finally
        {
            Volatile.Write(ref _writingAll, 0);
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
