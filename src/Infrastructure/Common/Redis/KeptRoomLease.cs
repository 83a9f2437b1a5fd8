using System.Diagnostics;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// A room lease this instance took, kept for its further commands on the room until
/// <see cref="RedisOptions.RoomLeaseKeptFor"/> after it was taken (at most a third of the lease's
/// length: a lease no command holds is not renewed, so it must still be unexpired then). A command
/// that starts after that lets it go and takes a new one. <see cref="RedisRoomLocks"/> sweeps the
/// kept leases: it lets go of those no command holds past their time, and renews every third of its
/// length a lease a command still holds (one that waits on a slow database keeps the room; only a
/// dead holder loses it). While commands keep using the lease and no other instance is in line for
/// the room, the sweep extends its time, off the commands' path: a drawer's batches then need no
/// round trip for the lease at all. An instance that queues asks for the room (<see cref="Wanted"/>) and
/// gets it when the command holding the lease ends; without its news, within about one kept time. Commands are serialised by the room's local lock, the sweep is not, hence the gate.
/// </summary>
internal sealed class KeptRoomLease
{
    private readonly RedisRoomLocks _owner;
    private readonly Lock _gate = new();
    private readonly long _keptFor;
    private readonly long _renewEvery;
    private long _usableUntil;
    private long _renewedAt;
    private bool _inUse = true;
    private bool _usedSinceExtending = true;
    private bool _extending;
    private long _extendAskedAt;
    private bool _released;
    private bool _retired;
    private bool _wanted;

    public KeptRoomLease(RedisRoomLocks owner, RoomId roomId, RoomFence grant, RedisOptions options)
    {
        (_owner, RoomId, Grant) = (owner, roomId, grant);
        _renewedAt = Stopwatch.GetTimestamp();
        _renewEvery = Ticks(options.RoomLease / 3);
        _keptFor = Ticks(KeptFor(options));
        _usableUntil = _renewedAt + _keptFor;
    }

    /// <summary><see cref="RedisOptions.RoomLeaseKeptFor"/>, at most a third of the lease's length.</summary>
    public static TimeSpan KeptFor(RedisOptions options) =>
        options.RoomLeaseKeptFor < options.RoomLease / 3 ? options.RoomLeaseKeptFor : options.RoomLease / 3;

    public RoomId RoomId { get; }

    public RoomFence Grant { get; }

    /// <summary>True when the lease is still this instance's to use; false once it has been let go.</summary>
    public bool TryUse()
    {
        lock (_gate)
        {
            if (_released) return false;
            if (_wanted || Stopwatch.GetTimestamp() >= _usableUntil)
            {
                LetGo();
                return false;
            }
            _inUse = true;
            _usedSinceExtending = true;
            return true;
        }
    }

    public void EndUse()
    {
        lock (_gate)
        {
            _inUse = false;
            if (!_released && (_wanted || _retired || _owner.Stopping || Stopwatch.GetTimestamp() >= _usableUntil)) LetGo();
        }
    }

    /// <summary>Another instance is in line for the room: the lease is let go as soon as no command holds it.</summary>
    public void Wanted()
    {
        lock (_gate)
        {
            _wanted = true;
            if (!_inUse && !_released) LetGo();
        }
    }

    /// <summary>
    /// After a failed command, which may have changed what it loaded without storing it: the lease is let
    /// go when the command ends, and the next one on the room starts a new run (<see cref="LeaseChains"/>),
    /// so that no later command reuses what the stores kept under this one.
    /// </summary>
    public void Retire()
    {
        lock (_gate) _retired = true;
        _owner.EndChain(RoomId);
    }

    /// <summary>
    /// Called by the sweep, every half kept time: lets go of the lease once it is unused and past its time,
    /// adds one used since the last sweep to <paramref name="toExtend"/> (half of its time is still left, for
    /// the answer to come to <see cref="Extended"/>), and renews it while a command holds it.
    /// </summary>
    public void Sweep(List<KeptRoomLease> toExtend)
    {
        lock (_gate)
        {
            if (_released) return;
            var now = Stopwatch.GetTimestamp();
            if (!_inUse && (_wanted || _retired || _owner.Stopping || now >= _usableUntil))
            {
                LetGo();
                return;
            }
            if (_usedSinceExtending && !_extending && !_owner.Stopping)
            {
                _usedSinceExtending = _inUse;
                _extending = true;
                _extendAskedAt = now;
                toExtend.Add(this);
            }
            if (!_inUse || now - _renewedAt < _renewEvery) return;
            _renewedAt = now;
            try
            {
                _owner.RenewLease(RoomId, Grant.Token);
            }
            catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
            {
                // Redis is away (or this instance is stopping): whatever the command writes next fails too.
            }
        }
    }

    /// <summary>
    /// The answer to the sweep's extension. Not extended (another instance is in line, or Redis did not answer):
    /// the lease is let go at its time.
    /// </summary>
    public void Extended(bool extended)
    {
        lock (_gate)
        {
            _extending = false;
            if (!extended || _released) return;
            // Counted from the request: Redis renewed the whole lease after it was sent.
            _usableUntil = Math.Max(_usableUntil, _extendAskedAt + _keptFor);
            _renewedAt = Math.Max(_renewedAt, _extendAskedAt);
        }
    }

    private void LetGo()
    {
        _released = true;
        _owner.Forget(this);
        try
        {
            _owner.ReleaseLease(RoomId, Grant.Token);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            // The lease runs out by itself.
        }
    }

    private static long Ticks(TimeSpan span) => (long)(span.TotalSeconds * Stopwatch.Frequency);
}
