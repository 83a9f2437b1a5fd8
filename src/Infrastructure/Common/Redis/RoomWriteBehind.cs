using System.Collections.Concurrent;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Writes a room's canvas calls (ADR 0022) and chat lines (ADR 0023) behind them, for rooms whose receivers are all
/// connected to this instance: a command's writes wait in memory and reach Redis with the room's other writes of the
/// last <see cref="RedisOptions.WriteBehind"/>, in one script for every waiting room that applies them only while the
/// lease they were made under is still this instance's (the fence). A save of the game or the chat that waits for Redis
/// takes the room's waiting writes of that part into its own transaction, the lease is never let go with writes
/// waiting (<see cref="IRoomLeaseObserver.BeforeLetGo"/>), and shutdown writes what is left, so only a killed instance
/// loses them: at most one window's. A write that fails or is refused is remembered, and the part's next save rewrites
/// it whole from memory instead of appending. Writes wait only while Redis takes them: while no primary is connected,
/// and from a failed write until a save succeeds again, the caller saves before it relays.
/// </summary>
internal sealed class RoomWriteBehind : IRoomLeaseObserver, IDisposable
{
    // For each room, KEYS: lease, canvas, game, chat state and chat messages. ARGV: retention ms, then for each room its
    // lease token, its number of canvas entries and the entries, its number of chat entries (-1: no chat write), and
    // with a chat write the chat's state, its number of messages and the entries. Returns 1 for each room written, 0
    // for each whose lease is no longer the token's. The game's "version" is the previous release's (RedisGameRepository).
    private const string WriteScript = """
        local results, at = {}, 2
        for room = 1, #KEYS, 5 do
          local token, canvasCount = ARGV[at], tonumber(ARGV[at + 1])
          local canvasAt = at + 2
          local chatCount = tonumber(ARGV[canvasAt + canvasCount])
          local chatAt = canvasAt + canvasCount + 1
          local owned = redis.call('GET', KEYS[room]) == token
          if owned and canvasCount > 0 then
            redis.call('RPUSH', KEYS[room + 1], unpack(ARGV, canvasAt, canvasAt + canvasCount - 1))
            redis.call('PEXPIRE', KEYS[room + 1], ARGV[1])
            redis.call('HINCRBY', KEYS[room + 2], 'version', 1)
          end
          if owned and chatCount >= 0 then
            redis.call('SET', KEYS[room + 3], ARGV[chatAt], 'PX', ARGV[1])
            if chatCount > 0 then redis.call('RPUSH', KEYS[room + 4], unpack(ARGV, chatAt + 2, chatAt + 1 + chatCount)) end
            local messages = tonumber(ARGV[chatAt + 1])
            if messages > 0 then redis.call('LTRIM', KEYS[room + 4], -messages, -1) end
            redis.call('PEXPIRE', KEYS[room + 4], ARGV[1])
          end
          results[#results + 1] = owned and 1 or 0
          at = chatAt + (chatCount >= 0 and chatCount + 2 or 0)
        end
        return results
        """;

    /// <summary>Entries of one room or one script, far below what Lua's unpack takes; a room reaches it only when the timer runs very late.</summary>
    private const int MostEntriesPerWrite = 1000;

    private readonly RedisConnection _redis;
    private readonly RedisKeys _keys;
    private readonly ILogger<RoomWriteBehind> _logger;
    private readonly TimeSpan _window;
    private readonly long _retentionMs;
    private readonly ConcurrentDictionary<RoomId, Pending> _rooms = new();
    private volatile bool _writeFailed;
    private int _writingAll;
    private int _disposed;
    private Timer? _timer;

    public RoomWriteBehind(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options, ILogger<RoomWriteBehind> logger)
    {
        (_redis, _keys, _logger) = (redis, keys, logger);
        _window = options.Value.WriteBehind;
        _retentionMs = (long)options.Value.StateRetention.TotalMilliseconds;
    }

    /// <summary>
    /// Keeps a canvas call's journal entries, drawn under <paramref name="fence"/>, for the room's next write. False
    /// when an earlier canvas write of the room was lost, or Redis may not take the write: the caller then stores the
    /// whole game and waits for it (<see cref="TakeCanvas"/>, <see cref="CanvasSaved"/>).
    /// </summary>
    public bool TryAddCanvas(RoomId roomId, RoomFence fence, List<RedisValue> entries) =>
        TryAdd(roomId, fence, entries, static (room, entries) =>
        {
            if (room.CanvasLost) return false;
            room.Canvas.AddRange(entries);
            return true;
        });

    /// <summary>
    /// Keeps a chat save made under <paramref name="fence"/> for the room's next write: the chat's new state, the
    /// messages to append, and how many messages the log keeps (the list is trimmed to them). False when an earlier
    /// chat write of the room was lost, or Redis may not take the write: the caller then saves and waits for it.
    /// </summary>
    public bool TryAddChat(RoomId roomId, RoomFence fence, RedisValue state, List<RedisValue> entries, int messageCount) =>
        TryAdd(roomId, fence, (state, entries, messageCount), static (room, chat) =>
        {
            if (room.ChatLost) return false;
            room.Chat ??= new ChatWrite();
            (room.Chat.State, room.Chat.MessageCount) = (chat.state, chat.messageCount);
            room.Chat.Entries.AddRange(chat.entries);
            return true;
        });

    /// <summary>The add callbacks are static and take their arguments: a capturing lambda would allocate on every stroke.</summary>
    private bool TryAdd<TWrite>(RoomId roomId, RoomFence fence, TWrite write, Func<Pending, TWrite, bool> add)
    {
        if (_writeFailed || !ConnectedToPrimary()) return false;
        while (true)
        {
            var room = _rooms.GetOrAdd(roomId, _ => new Pending());
            lock (room)
            {
                if (room.Retired) continue;
                if (room.Token != fence.Token) Write([(roomId, room)]);
                if (!add(room, write)) return false;
                room.Token = fence.Token;
                room.AddedSinceTick = true;
                if (_window <= TimeSpan.Zero || room.EntryCount >= MostEntriesPerWrite) Write([(roomId, room)]);
            }
            StartTimerOnce();
            return true;
        }
    }

    /// <summary>
    /// For a save of the whole game, which stores them in its own transaction: the room's canvas entries not yet
    /// sent, and whether a canvas write of the room was lost (the save then rewrites the canvas instead).
    /// </summary>
    public List<RedisValue> TakeCanvas(RoomId roomId, out bool lost) => Take(roomId, out lost, room =>
    {
        var taken = room.Canvas;
        room.Canvas = [];
        return (taken, room.CanvasLost);
    });

    /// <summary>
    /// For a chat save that waits for Redis, which stores the chat's state and these messages in its own transaction:
    /// the room's chat entries not yet sent, and whether a chat write of the room was lost (the save then rewrites the list).
    /// </summary>
    public List<RedisValue> TakeChat(RoomId roomId, out bool lost) => Take(roomId, out lost, room =>
    {
        var taken = room.Chat?.Entries ?? [];
        room.Chat = null;
        return (taken, room.ChatLost);
    });

    private List<RedisValue> Take(RoomId roomId, out bool lost, Func<Pending, (List<RedisValue> Taken, bool Lost)> take)
    {
        lost = false;
        if (!_rooms.TryGetValue(roomId, out var room)) return [];
        lock (room)
        {
            (var taken, lost) = take(room);
            return taken;
        }
    }

    /// <summary>Canvas entries of the room wait to be sent, or a canvas write of the room was lost: an append now would land before them, or after a gap.</summary>
    public bool HasUnwrittenCanvas(RoomId roomId)
    {
        if (!_rooms.TryGetValue(roomId, out var room)) return false;
        lock (room) return room.Canvas.Count > 0 || room.CanvasLost;
    }

    /// <summary>A save of the whole game reached Redis: the room's canvas is whole again, and Redis takes writes.</summary>
    public void CanvasSaved(RoomId roomId) => Saved(roomId, room => room.CanvasLost = false);

    /// <summary>A chat save reached Redis: the room's chat is whole again, and Redis takes writes.</summary>
    public void ChatSaved(RoomId roomId) => Saved(roomId, room => room.ChatLost = false);

    private void Saved(RoomId roomId, Action<Pending> whole)
    {
        _writeFailed = false;
        if (!_rooms.TryGetValue(roomId, out var room)) return;
        lock (room) whole(room);
    }

    public void BeforeLetGo(RoomId roomId) => WritePending(roomId);

    /// <summary>Sends the room's waiting writes now: a read of the room from Redis sent after them sees them.</summary>
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
            _logger.LogWarning(exception, "Canvas strokes and chat lines not yet written may be lost: Redis did not answer at shutdown.");
        }
    }

    /// <summary>
    /// Sends the waiting writes of every room, in as few scripts as <see cref="MostEntriesPerWrite"/> allows: one script
    /// per room would cost redis-server more than the writes themselves. Each room's gate is held until its writes
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
                anything |= room.HasWrites || room.Writing > 0;
                if (room.HasWrites)
                {
                    sending.Add((roomId, room));
                    room.AddedSinceTick = false;
                    entries += room.EntryCount;
                    if (entries < MostEntriesPerWrite) continue;
                    SendAndRelease(sending);
                    entries = 0;
                    continue;
                }
                if (forgetIdleRooms && !room.AddedSinceTick && room.Writing == 0 && !room.CanvasLost && !room.ChatLost)
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

    /// <summary>Sends the waiting writes of these rooms in one script; the caller holds each room's gate, so writes leave in the order made.</summary>
    private void Write(IReadOnlyList<(RoomId Id, Pending Room)> rooms)
    {
        var sent = new List<(RoomId, Pending, Sent)>(rooms.Count);
        var (keys, arguments) = (new List<RedisKey>(5 * rooms.Count), new List<RedisValue> { _retentionMs });
        foreach (var (roomId, room) in rooms)
        {
            if (!room.HasWrites) continue;
            keys.AddRange([_keys.RoomLease(roomId), _keys.Canvas(roomId), _keys.Game(roomId), _keys.ChatState(roomId), _keys.ChatMessages(roomId)]);
            arguments.AddRange([room.Token, room.Canvas.Count]);
            arguments.AddRange(room.Canvas);
            if (room.Chat is { } chat)
            {
                arguments.AddRange([chat.Entries.Count, chat.State, chat.MessageCount]);
                arguments.AddRange(chat.Entries);
            }
            else arguments.Add(-1);
            sent.Add((roomId, room, new Sent(room.Canvas.Count > 0, room.Chat is not null)));
            room.Canvas.Clear();
            room.Chat = null;
            room.Writing++;
        }
        if (sent.Count == 0) return;
        Task<RedisResult> written;
        try
        {
            written = _redis.Database.ScriptEvaluateAsync(WriteScript, [.. keys], [.. arguments]);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            written = Task.FromException<RedisResult>(exception);
        }
        _ = ObserveAsync(sent, written);
    }

    private async Task ObserveAsync(List<(RoomId Id, Pending Room, Sent Parts)> rooms, Task<RedisResult> written)
    {
        RedisResult[]? applied = null;
        try
        {
            applied = (RedisResult[])(await written)!;
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            _writeFailed = true;
            _logger.LogWarning(exception, "Canvas strokes and chat lines of {Rooms} rooms were not written; their next saves rewrite them.", rooms.Count);
        }
        for (var i = 0; i < rooms.Count; i++)
        {
            var (roomId, room, parts) = rooms[i];
            var stored = applied is not null && (long)applied[i] == 1;
            if (applied is not null && !stored) _logger.LogWarning("Canvas strokes and chat lines of room {RoomId} were refused: its lease is no longer this instance's.", roomId);
            lock (room)
            {
                room.Writing--;
                room.CanvasLost |= !stored && parts.Canvas;
                room.ChatLost |= !stored && parts.Chat;
            }
        }
    }

    /// <summary>Known from the multiplexer, without a round trip: while it has no primary, a command waits for its write and is refused if that fails.</summary>
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

    /// <summary>Writes every room's waiting writes, and forgets the rooms nothing was added to since the last tick; skipped while the last tick still runs.</summary>
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

    /// <summary>Which parts of a room one script carried: only those are lost if it fails.</summary>
    private readonly record struct Sent(bool Canvas, bool Chat);

    /// <summary>A chat save not yet sent: the newest state, the messages since the last write, the log's length.</summary>
    private sealed class ChatWrite
    {
        public RedisValue State;
        public readonly List<RedisValue> Entries = [];
        public int MessageCount;
    }

    /// <summary>One room's writes not yet sent, and what its writes did. Its gate is the object itself.</summary>
    private sealed class Pending
    {
        public List<RedisValue> Canvas = [];
        public ChatWrite? Chat;
        public string? Token;
        public int Writing;
        public bool CanvasLost;
        public bool ChatLost;
        public bool AddedSinceTick;
        public bool Retired;

        public bool HasWrites => Canvas.Count > 0 || Chat is not null;
        public int EntryCount => Canvas.Count + (Chat?.Entries.Count ?? 0);
    }
}
