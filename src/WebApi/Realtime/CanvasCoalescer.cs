using System.Collections.Concurrent;
using System.Diagnostics;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.SharedKernel;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// Sends each room's canvas operations to its receivers: one event per operation while the server keeps up, and while
/// it is busy (work waiting in the thread pool) at most one send per room per <see cref="CanvasCoalescingOptions.Window"/>,
/// the operations that arrive within the window after the room's last send leaving together as one <c>CanvasBatch</c>.
/// A frame to a receiver costs a server about as much as the message in it, so a busy server that writes one frame
/// for two or three strokes queues less work, and its strokes wait less overall than the window adds
/// (docs/performance.md, "Coalesced strokes"). A room's operations leave in the order they came; when its receivers
/// change (a join, a leave), the waiting ones go to the receivers they were for before the next one is added.
/// Its time is the machine's, not the game's clock: it paces frames, not the game.
/// </summary>
internal sealed class CanvasCoalescer : IDisposable
{
    public delegate Task Send(IReadOnlyCollection<PlayerId> to, IReadOnlyList<CanvasOpDto> operations);

    private static readonly TimeSpan SamplePeriod = TimeSpan.FromMilliseconds(50);
    private const int SamplesAveraged = 4;
    private const int SamplesPerSweep = 20;
    /// <summary>A room nothing was sent to for this long is forgotten; its next operation leaves at once.</summary>
    private static readonly TimeSpan Forgotten = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<RoomId, Room> _rooms = new();
    private readonly ILogger<CanvasCoalescer> _logger;
    private readonly TimeSpan _window;
    private readonly int _busyAt;
    private readonly long[] _backlog = new long[SamplesAveraged];
    private readonly Timer? _sampler;
    private int _samples;
    private volatile bool _busy;

    public CanvasCoalescer(IOptions<CanvasCoalescingOptions> options, ILogger<CanvasCoalescer> logger)
    {
        (_logger, _window, _busyAt) = (logger, options.Value.Window, options.Value.BusyQueueLength);
        _busy = _busyAt <= 0;
        if (_window > TimeSpan.Zero) _sampler = new Timer(_ => Sample(), null, SamplePeriod, SamplePeriod);
    }

    public Task Canvas(RoomId roomId, IReadOnlyCollection<PlayerId> to, CanvasOpDto operation, Send send)
    {
        if (_window <= TimeSpan.Zero) return send(to, [operation]);
        var now = Stopwatch.GetTimestamp();
        while (true)
        {
            var room = _rooms.GetOrAdd(roomId, static _ => new Room());
            lock (room)
            {
                if (room.Forgotten) continue;
                if (room.Flushing)
                {
                    room.Add(to, operation);
                    return Task.CompletedTask;
                }
                if (!_busy || Stopwatch.GetElapsedTime(room.LastSent, now) >= _window)
                {
                    room.LastSent = now; // the drawer's next operation comes after this send: the caller waits for it
                    break;
                }
                room.Flushing = true;
                room.Add(to, operation);
                _ = FlushAsync(roomId, room, _window - Stopwatch.GetElapsedTime(room.LastSent, now), send);
                return Task.CompletedTask;
            }
        }
        return send(to, [operation]);
    }

    /// <summary>Sends what waits once <paramref name="delay"/> has passed, and again a window later while more came meanwhile.</summary>
    private async Task FlushAsync(RoomId roomId, Room room, TimeSpan delay, Send send)
    {
        while (true)
        {
            if (delay > TimeSpan.Zero) await Task.Delay(delay);
            List<Group> waiting;
            lock (room)
            {
                waiting = room.Waiting!;
                room.Waiting = null;
                room.LastSent = Stopwatch.GetTimestamp();
            }
            foreach (var group in waiting)
            {
                try
                {
                    await send(group.To, group.Operations);
                }
                catch (Exception exception)
                {
                    _logger.LogWarning(exception, "{Count} canvas operations of room {RoomId} did not reach its players", group.Operations.Count, roomId);
                }
            }
            lock (room)
            {
                if (room.Waiting is null)
                {
                    room.Flushing = false;
                    return;
                }
                delay = _busy ? _window - Stopwatch.GetElapsedTime(room.LastSent) : TimeSpan.Zero;
            }
        }
    }

    private void Sample()
    {
        var samples = ++_samples;
        if (_busyAt > 0)
        {
            _backlog[samples % SamplesAveraged] = ThreadPool.PendingWorkItemCount;
            var average = _backlog.Average();
            if (!_busy && average >= _busyAt) _busy = true;
            else if (_busy && average < _busyAt / 4.0) _busy = false;
        }
        if (samples % SamplesPerSweep == 0) ForgetQuietRooms();
    }

    private void ForgetQuietRooms()
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var (roomId, room) in _rooms)
        {
            lock (room)
            {
                if (room.Flushing || Stopwatch.GetElapsedTime(room.LastSent, now) < Forgotten) continue;
                room.Forgotten = true;
            }
            _rooms.TryRemove(new KeyValuePair<RoomId, Room>(roomId, room));
        }
    }

    public void Dispose() => _sampler?.Dispose();

    /// <summary>Operations for the same receivers, in order.</summary>
    private sealed record Group(IReadOnlyCollection<PlayerId> To, List<CanvasOpDto> Operations);

    /// <summary>One room's operations waiting for its next send, in groups by receivers. Its gate is the object itself.</summary>
    private sealed class Room
    {
        public List<Group>? Waiting;
        /// <summary>Stopwatch ticks; 0, long ago, for a room nothing was sent to.</summary>
        public long LastSent;
        /// <summary>A send of waiting operations is due or under way: a new operation waits behind it.</summary>
        public bool Flushing;
        public bool Forgotten;

        public void Add(IReadOnlyCollection<PlayerId> to, CanvasOpDto operation)
        {
            Waiting ??= [];
            if (Waiting.Count > 0 && Waiting[^1] is var last && (ReferenceEquals(last.To, to) || last.To.SequenceEqual(to))) last.Operations.Add(operation);
            else Waiting.Add(new Group(to, [operation]));
        }
    }
}
