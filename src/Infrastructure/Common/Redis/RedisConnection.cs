using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// The one multiplexer of this instance. It never blocks start-up and fails fast while Redis is away
/// (no command backlog), so players get SERVICE_UNAVAILABLE at once instead of a hung call; it
/// reconnects by itself when Redis is back. With <c>serviceName=</c> in the configuration string it
/// asks the listed Sentinels for the primary and follows each failover to the promoted replica.
/// </summary>
internal sealed class RedisConnection : IDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly ILogger<RedisConnection> _logger;
    private readonly ThreadPoolFloor? _floor;
    private readonly Lock _connecting = new();
    private ConnectionMultiplexer? _multiplexer;
    private Task<ConnectionMultiplexer>? _connectingAsync;

    public RedisConnection(IConfiguration configuration, ILogger<RedisConnection> logger, ThreadPoolFloor? floor = null)
        : this(configuration, logger, floor, configure: null)
    {
    }

    private RedisConnection(IConfiguration configuration, ILogger<RedisConnection> logger, ThreadPoolFloor? floor, Action<ConfigurationOptions>? configure)
    {
        var connectionString = configuration.GetConnectionString("Redis")
            ?? throw new InvalidOperationException("ConnectionStrings:Redis is required for Storage:LiveState=Redis.");
        var options = ConfigurationOptions.Parse(connectionString);
        RedisClientSettings.Apply(options);
        configure?.Invoke(options);
        // Pods have two cores: the default socket manager's dedicated reader threads cost a wake-up and
        // a context switch per reply, which the thread pool already running the hub avoids
        // (docs/performance.md, Redis mode at 140 rooms: median stroke p99 108 ms instead of 150, 14 %
        // less CPU per message).
        options.SocketManager = SocketManager.ThreadPool;
        _options = options;
        _logger = logger;
        _floor = floor;
    }

    /// <summary>
    /// A connection of its own for the messages between instances (<see cref="RedisInstanceChannels"/>), named as SignalR's
    /// backplane connection is (<see cref="DependencyInjection.ConfigureSignalRBackplane"/>), so CLIENT LIST shows both as the backplane.
    /// </summary>
    public static RedisConnection ForBackplane(IConfiguration configuration, ILogger<RedisConnection> logger, ThreadPoolFloor? floor = null) =>
        new(configuration, logger, floor, RedisClientSettings.NameAsBackplane);

    public IDatabase Database => Multiplexer.GetDatabase();

    /// <summary>
    /// Connects on first use. Through Sentinel, connecting throws while no Sentinel names a reachable
    /// primary (unlike a direct connection, which comes back disconnected and retries by itself), so a
    /// failed attempt is not kept: the next call tries again. Calls arriving while one connects wait
    /// for it at most the connect timeout, then fail as they do while Redis is away, instead of
    /// queueing behind one attempt after another.
    /// </summary>
    public ConnectionMultiplexer Multiplexer
    {
        get
        {
            if (Volatile.Read(ref _multiplexer) is { } connected) return connected;
            if (!_connecting.TryEnter(TimeSpan.FromMilliseconds(_options.ConnectTimeout)))
                throw new RedisConnectionException(ConnectionFailureType.UnableToConnect, "Still connecting to Redis.");
            try
            {
                return _multiplexer ??= Connect();
            }
            finally
            {
                _connecting.Exit();
            }
        }
    }

    /// <summary>
    /// The multiplexer, connected without blocking a thread, for what the first players' calls wait on. A synchronous
    /// first connect waits for the handshake's replies, which are read on the thread pool: with a burst of connections
    /// each waiting behind it, the pool starved (docs/performance.md, "The thread pool"). A failed attempt is not kept:
    /// the next call tries again.
    /// </summary>
    public Task<ConnectionMultiplexer> MultiplexerAsync()
    {
        if (Volatile.Read(ref _multiplexer) is { } connected) return Task.FromResult(connected);
        lock (_connecting)
        {
            if (_multiplexer is { } justConnected) return Task.FromResult(justConnected);
            if (_connectingAsync is null || _connectingAsync.IsFaulted || _connectingAsync.IsCanceled) _connectingAsync = ConnectAsync();
            return _connectingAsync;
        }
    }

    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        var multiplexer = await ConnectionMultiplexer.ConnectAsync(_options.Clone());
        lock (_connecting)
        {
            if (_multiplexer is null) return _multiplexer = Watched(multiplexer);
        }
        // The synchronous path connected meanwhile. Not watched: the thread pool floor would wait for it to connect again.
        multiplexer.Dispose();
        return _multiplexer;
    }

    private ConnectionMultiplexer Connect() => Watched(ConnectionMultiplexer.Connect(_options.Clone()));

    private ConnectionMultiplexer Watched(ConnectionMultiplexer multiplexer)
    {
        multiplexer.ConnectionFailed += (_, e) => _logger.LogWarning("Redis connection lost: {EndPoint} {FailureType}", e.EndPoint, e.FailureType);
        multiplexer.ConnectionRestored += (_, e) => _logger.LogInformation("Redis connection restored: {EndPoint}", e.EndPoint);
        _floor?.Watch(multiplexer);
        return multiplexer;
    }

    public void Dispose() => _multiplexer?.Dispose();
}
