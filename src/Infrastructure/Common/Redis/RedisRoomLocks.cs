using System.Collections.Concurrent;
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
/// instance can tell whether anyone else held the room since its own last lease (<see cref="LeaseChains"/>;
/// <see cref="IRoomLeaseObserver"/> is told when someone may have).
/// A lease serves this instance's further commands on the room for <see cref="RedisOptions.RoomLeaseKeptFor"/>
/// after it was taken, extended while they go on and no other instance is in line (<see cref="KeptRoomLease"/>),
/// so a drawer's stroke batches run without a round trip for the lease. An instance that finds the room
/// taken queues for it, and the next grant goes to it: the holder cannot take the room straight back. It also
/// tells the holder (channel <c>lease-wanted:&lt;instance&gt;</c>), which then lets the lease go as soon as its
/// command ends, so a room whose players are on two instances changes hands in a few round trips.
/// </summary>
internal sealed class RedisRoomLocks(
    RedisConnection redis,
    RedisKeys keys,
    ServerInstance instance,
    IEnumerable<IRoomLeaseObserver> observers,
    GameMetrics metrics,
    IOptions<RedisOptions> options,
    TimeProvider clock)
    : IRoomLocks, IDisposable
{
    // KEYS: lease, last granted token, next in line. ARGV: token, lease ms, retention ms, instance, queue ms.
    // Returns the token replaced as the last granted one, or, when the room is taken, a list of the holder's token.
    private const string TakeScript = """
        local inLine = redis.call('GET', KEYS[3])
        if (not inLine or inLine == ARGV[4]) and redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2], 'NX') then
          if inLine then redis.call('DEL', KEYS[3]) end
          local previous = redis.call('GET', KEYS[2])
          redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[3])
          return previous or ''
        end
        if not inLine or inLine == ARGV[4] then redis.call('SET', KEYS[3], ARGV[4], 'PX', ARGV[5]) end
        return {redis.call('GET', KEYS[1]) or ''}
        """;

    private const string ReleaseScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0";
    private const string RenewScript = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end return 0";

    // KEYS: lease and next in line of each room. ARGV: lease ms, then each room's token. Renews each lease that is
    // still the token's unless another instance is in line; returns 1 for each renewed, 0 for each not.
    private const string ExtendScript = """
        local results = {}
        for room = 1, #KEYS, 2 do
          local token = ARGV[(room + 1) / 2 + 1]
          if redis.call('GET', KEYS[room]) == token and redis.call('EXISTS', KEYS[room + 1]) == 0 then
            results[#results + 1] = redis.call('PEXPIRE', KEYS[room], ARGV[1])
          else
            results[#results + 1] = 0
          end
        end
        return results
        """;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromMilliseconds(20);

    /// <summary>Longer than the longest retry, so a waiting instance keeps its place between two tries.</summary>
    private static readonly TimeSpan PlaceInLine = TimeSpan.FromMilliseconds(100);

    /// <summary>A lease's token is its instance's id, this, and a random part: who waits for a room knows whom to ask for it.</summary>
    private const char TokenSeparator = '/';

    private readonly string _wantedChannelPrefix = options.Value.KeyPrefix + "lease-wanted:";
    private int _listeningForWanted;

    private readonly IRoomLeaseObserver[] _observers = [.. observers];
    private readonly InMemoryRoomLocks _local = new();
    private readonly LeaseChains _chains = new(clock);
    private readonly ConcurrentDictionary<RoomId, KeptRoomLease> _kept = new();
    private Timer? _sweep;
    private volatile bool _stopping;


    /// <summary>On shutdown: the leases kept for commands that will not come are let go, so other instances need not wait them out.</summary>
    public void Dispose()
    {
        _stopping = true;
        _sweep?.Dispose();
        SweepKeptLeases();
    }

    /// <summary>The hold's <see cref="IRoomLock.Fence"/> is the lease's grant: the stores reuse state kept under the same run of leases.</summary>
    public async Task<IRoomLock> AcquireAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        var local = await _local.AcquireAsync(roomId, cancellationToken);
        try
        {
            if (!_kept.TryGetValue(roomId, out var lease) || !lease.TryUse())
            {
                ListenForWantedLeasesOnce();
                var token = $"{instance.Id}{TokenSeparator}{Guid.NewGuid():N}";
                var previous = await RedisGuard.Run(() => TakeLeaseAsync(roomId, token, cancellationToken));
                lease = new KeptRoomLease(this, roomId, _chains.Granted(roomId, token, previous, out var newRun), options.Value);
                if (newRun)
                {
                    foreach (var observer in _observers) observer.NewRunOfLeases(roomId);
                }
                if (InstanceOf(previous) is { } previousHolder && previousHolder != instance.Id) metrics.RoomTakenOver();
                _kept[roomId] = lease;
                StartSweepingOnce();
            }
            return new Use(lease, local);
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
        string? askedHolder = null;
        RedisKey[] leaseKeys = [keys.RoomLease(roomId), keys.RoomLeaseLastGranted(roomId), keys.RoomLeaseNextInLine(roomId)];
        RedisValue[] arguments =
        [
            token, (long)options.Value.RoomLease.TotalMilliseconds, (long)options.Value.StateRetention.TotalMilliseconds,
            instance.Id, (long)PlaceInLine.TotalMilliseconds,
        ];
        while (true)
        {
            var taken = await redis.Database.ScriptEvaluateAsync(TakeScript, leaseKeys, arguments);
            if (taken.Resp2Type != ResultType.Array) return (string)taken!;
            var holder = (string?)((RedisResult[])taken!)[0];
            if (holder != askedHolder)
            {
                askedHolder = holder;
                AskToLetGo(holder, roomId);
            }
            if (DateTime.UtcNow > deadline)
                throw new GameRuleException(ErrorCodes.ServiceUnavailable, "The room is busy; try again in a moment.");
            await Task.Delay(retry, cancellationToken);
            retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LongestRetry.Ticks));
        }
    }

    /// <summary>Set on shutdown (read by the sweep's thread too): from then on a lease is let go as soon as its command ends.</summary>
    internal bool Stopping => _stopping;

    internal void Forget(KeptRoomLease lease) => _kept.TryRemove(new KeyValuePair<RoomId, KeptRoomLease>(lease.RoomId, lease));

    /// <summary>The next lease on the room starts a new run: what the stores kept under this one is not reused.</summary>
    internal void EndChain(RoomId roomId) => _chains.End(roomId);

    /// <summary>After the observers' last writes under the lease: commands on one connection reach Redis in the order sent.</summary>
    internal void ReleaseLease(RoomId roomId, string token)
    {
        foreach (var observer in _observers) observer.BeforeLetGo(roomId);
        redis.Database.ScriptEvaluate(ReleaseScript, [keys.RoomLease(roomId)], [token], CommandFlags.FireAndForget);
    }

    internal void RenewLease(RoomId roomId, string token) =>
        redis.Database.ScriptEvaluate(RenewScript, [keys.RoomLease(roomId)], [token, (long)options.Value.RoomLease.TotalMilliseconds], CommandFlags.FireAndForget);

    /// <summary>
    /// Tells the instance holding the room's lease that this one is in line, so that it lets the lease go as soon as
    /// its command ends instead of keeping it for commands of its own (<see cref="KeptRoomLease.Wanted"/>). Without
    /// the news (a holder of an older release, Redis's pub/sub away) the lease comes at the end of its kept time.
    /// </summary>
    private void AskToLetGo(string? holderToken, RoomId roomId)
    {
        if (InstanceOf(holderToken) is not { } holder || holder == instance.Id) return;
        try
        {
            redis.Multiplexer.GetSubscriber().Publish(WantedChannel(holder), roomId.ToString(), CommandFlags.FireAndForget);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception))
        {
            // The next try to take the lease fails the same way.
        }
    }

    /// <summary>The instance a lease's token names, or null for no token (or one of another shape).</summary>
    private static string? InstanceOf(string? token)
    {
        var separator = token?.LastIndexOf(TokenSeparator) ?? -1;
        return separator > 0 ? token![..separator] : null;
    }

    private void ListenForWantedLeasesOnce()
    {
        if (Interlocked.CompareExchange(ref _listeningForWanted, 1, 0) == 0) _ = ListenForWantedLeasesAsync();
    }

    private async Task ListenForWantedLeasesAsync()
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().SubscribeAsync(WantedChannel(instance.Id), (_, room) =>
            {
                if (RoomId.TryParse(room, out var roomId) && _kept.TryGetValue(roomId, out var lease)) lease.Wanted();
            }, RedisClientSettings.SubscribeOnPrimary);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            Volatile.Write(ref _listeningForWanted, 0); // the next command on a room tries again
        }
    }

    private RedisChannel WantedChannel(string instanceId) => RedisChannel.Literal(_wantedChannelPrefix + instanceId);

    /// <summary>
    /// One timer for every kept lease, not one per lease: at a drawer's 30 batches a second a timer
    /// per lease woke the thread pool about as often as the grants keeping the lease saved.
    /// </summary>
    private void StartSweepingOnce()
    {
        if (_sweep is not null) return;
        var period = KeptRoomLease.KeptFor(options.Value) / 2;
        var sweep = new Timer(_ => SweepKeptLeases(), null, period, period);
        if (Interlocked.CompareExchange(ref _sweep, sweep, null) is not null) sweep.Dispose();
    }

    private void SweepKeptLeases()
    {
        var toExtend = new List<KeptRoomLease>();
        foreach (var lease in _kept.Values) lease.Sweep(toExtend);
        if (toExtend.Count > 0) _ = ExtendLeasesAsync(toExtend);
    }

    /// <summary>
    /// Extends the sweep's leases in one script, not one per room: at 225 rooms in turn those replies woke the
    /// thread pool 900 times a second, and stroke p99 was higher in 5 of 7 pairs of runs in turn.
    /// </summary>
    private async Task ExtendLeasesAsync(List<KeptRoomLease> leases)
    {
        RedisResult[]? extended = null;
        try
        {
            var leaseKeys = new RedisKey[leases.Count * 2];
            var arguments = new RedisValue[leases.Count + 1];
            arguments[0] = (long)options.Value.RoomLease.TotalMilliseconds;
            for (var i = 0; i < leases.Count; i++)
            {
                leaseKeys[2 * i] = keys.RoomLease(leases[i].RoomId);
                leaseKeys[2 * i + 1] = keys.RoomLeaseNextInLine(leases[i].RoomId);
                arguments[i + 1] = leases[i].Grant.Token;
            }
            extended = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(ExtendScript, leaseKeys, arguments))!;
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            // Not extended: each lease is let go at its time, as if another instance were in line.
        }
        for (var i = 0; i < leases.Count; i++) leases[i].Extended(extended is not null && (long)extended[i] == 1);
    }

    /// <summary>One command's hold on the room: this instance's queue and the lease.</summary>
    private sealed class Use(KeptRoomLease lease, IDisposable local) : IRoomLock
    {
        private int _disposed;

        public RoomFence? Fence => lease.Grant;

        public void CommandFailed() => lease.Retire();

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            try
            {
                lease.EndUse();
            }
            finally
            {
                local.Dispose();
            }
        }
    }
}
