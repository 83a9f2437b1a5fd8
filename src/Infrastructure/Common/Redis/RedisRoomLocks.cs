using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// One room's commands run one at a time across every instance: first this instance's own queue for
/// the room, then a Redis lease (SET NX PX with a random token, released only by its holder). A lease
/// whose holder crashed runs out after <see cref="RedisOptions.RoomLease"/>. Taking a lease also
/// swaps in its token as the room's last granted one and returns the token it replaces, so this
/// instance can tell whether anyone else held the room since its own last lease (<see cref="LeaseChains"/>).
/// </summary>
internal sealed class RedisRoomLocks(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options, TimeProvider clock) : IRoomLocks
{
    private const string TakeScript = """
        if redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
          local previous = redis.call('GET', KEYS[2])
          redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
          return previous or ''
        end
        return false
        """;

    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private const string RenewScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMilliseconds(20);

    private readonly InMemoryRoomLocks _local = new();
    private readonly LeaseChains _chains = new(clock);

    /// <summary>Not async itself: the <see cref="RoomLeaseScope"/> it enters must reach the caller.</summary>
    public Task<IDisposable> AcquireAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        var scope = RoomLeaseScope.Enter(roomId);
        return AcquireInScopeAsync(roomId, scope, cancellationToken);
    }

    private async Task<IDisposable> AcquireInScopeAsync(RoomId roomId, RoomLeaseScope scope, CancellationToken cancellationToken)
    {
        var local = await _local.AcquireAsync(roomId, cancellationToken);
        try
        {
            var token = Guid.NewGuid().ToString("N");
            var previous = await RedisGuard.Run(() => TakeLeaseAsync(roomId, token, cancellationToken));
            scope.Granted(_chains.Granted(roomId, token, previous));
            return new Lease(this, keys.RoomLease(roomId), token, local, scope, options.Value.RoomLease);
        }
        catch
        {
            local.Dispose();
            throw;
        }
    }

    /// <summary>Returns the token of the lease granted on the room before this one ("" for none).</summary>
    private async Task<string> TakeLeaseAsync(RoomId roomId, string token, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + options.Value.RoomLeaseWait;
        var retry = FirstRetry;
        RedisKey[] leaseKeys = [keys.RoomLease(roomId), keys.RoomLeaseLastGranted(roomId)];
        RedisValue[] arguments = [token, (long)options.Value.RoomLease.TotalMilliseconds, (long)options.Value.StateRetention.TotalMilliseconds];
        while (true)
        {
            var previous = await redis.Database.ScriptEvaluateAsync(TakeScript, leaseKeys, arguments);
            if (!previous.IsNull) return (string)previous!;
            if (DateTime.UtcNow > deadline)
                throw new GameRuleException(ErrorCodes.ServiceUnavailable, "The room is busy; try again in a moment.");
            await Task.Delay(retry, cancellationToken);
            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
        }
    }

    private void ReleaseLease(RedisKey key, string token) =>
        redis.Database.ScriptEvaluate(ReleaseScript, [key], [token], CommandFlags.FireAndForget);

    private void RenewLease(RedisKey key, string token, TimeSpan length) =>
        redis.Database.ScriptEvaluate(RenewScript, [key], [token, (long)length.TotalMilliseconds], CommandFlags.FireAndForget);

    /// <summary>
    /// Renewed every third of its length while held, so a command that waits on something slow (a
    /// result saved to a database that does not answer) keeps the room; only a dead holder loses it.
    /// </summary>
    private sealed class Lease : IDisposable
    {
        private readonly RedisRoomLocks _owner;
        private readonly RedisKey _key;
        private readonly string _token;
        private readonly IDisposable _local;
        private readonly RoomLeaseScope _scope;
        private readonly Timer _renewal;
        private int _disposed;

        public Lease(RedisRoomLocks owner, RedisKey key, string token, IDisposable local, RoomLeaseScope scope, TimeSpan length)
        {
            (_owner, _key, _token, _local, _scope) = (owner, key, token, local, scope);
            _renewal = new Timer(_ => Renew(length), null, length / 3, length / 3);
        }

        private void Renew(TimeSpan length)
        {
            try
            {
                _owner.RenewLease(_key, _token, length);
            }
            catch (Exception exception) when (RedisGuard.IsOutage(exception))
            {
                // Redis is away: whatever the command writes next fails too.
            }
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            _renewal.Dispose();
            _scope.Exit();
            try
            {
                _owner.ReleaseLease(_key, _token);
            }
            catch (Exception exception) when (RedisGuard.IsOutage(exception))
            {
                // The lease runs out by itself.
            }
            finally
            {
                _local.Dispose();
            }
        }
    }
}
