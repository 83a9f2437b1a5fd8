using System.Diagnostics;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// A room lease this instance took, kept for its further commands on the room until
/// <see cref="RedisOptions.RoomLeaseKeptFor"/> after it was taken (at most a third of the lease's
/// length: a lease no command holds is not renewed, so it must still be unexpired then). A command
/// that starts after that lets it go and takes a new one. <see cref="RedisRoomLocks"/> sweeps the
/// kept leases: it lets go of those no command holds past their time, and renews every third of its
/// length a lease a command still holds (one that waits on a slow database keeps the room; only a
/// dead holder loses it). Commands are serialised by the room's local lock, the sweep is not, hence
/// the gate.
/// </summary>
internal sealed class KeptRoomLease
{
    private readonly RedisRoomLocks _owner;
    private readonly Lock _gate = new();
    private readonly long _usableUntil;
    private readonly long _renewEvery;
    private long _renewedAt;
    private bool _inUse = true;
    private bool _released;

    public KeptRoomLease(RedisRoomLocks owner, RoomId roomId, LeaseGrant grant, RedisOptions options)
    {
        (_owner, RoomId, Grant) = (owner, roomId, grant);
        _renewedAt = Stopwatch.GetTimestamp();
        _renewEvery = Ticks(options.RoomLease / 3);
        _usableUntil = _renewedAt + Ticks(KeptFor(options));
    }

    /// <summary><see cref="RedisOptions.RoomLeaseKeptFor"/>, at most a third of the lease's length.</summary>
    public static TimeSpan KeptFor(RedisOptions options) =>
        options.RoomLeaseKeptFor < options.RoomLease / 3 ? options.RoomLeaseKeptFor : options.RoomLease / 3;

    public RoomId RoomId { get; }

    public LeaseGrant Grant { get; }

    /// <summary>True when the lease is still this instance's to use; false once it has been let go.</summary>
    public bool TryUse()
    {
        lock (_gate)
        {
            if (_released) return false;
            if (Stopwatch.GetTimestamp() >= _usableUntil)
            {
                LetGo();
                return false;
            }
            _inUse = true;
            return true;
        }
    }

    public void EndUse()
    {
        lock (_gate)
        {
            _inUse = false;
            if (!_released && (_owner.Stopping || Stopwatch.GetTimestamp() >= _usableUntil)) LetGo();
        }
    }

    /// <summary>Called by the sweep: lets go of the lease once it is unused and past its time, or renews it while in use.</summary>
    public void Sweep()
    {
        lock (_gate)
        {
            if (_released) return;
            var now = Stopwatch.GetTimestamp();
            if (!_inUse && (_owner.Stopping || now >= _usableUntil))
            {
                LetGo();
                return;
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
