using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// The thread pool's minimum in Redis mode: <see cref="DuringOutage"/> worker threads while a Redis connection is
/// being made or has failed, and until <see cref="Settle"/> has passed with every watched connection up and no
/// failure or restore; the runtime's own minimum otherwise.
/// <para>
/// StackExchange.Redis switches to a promoted primary with synchronous calls on pool threads (asking every Sentinel
/// through PLINQ): with the runtime's minimum, one thread on a one-core pod, players waited 13–19 s instead of 6–7 in
/// the deployment rehearsal's failover. Kept raised all the time, the pool holds 50–90 threads under load and
/// switches between them about half again as often, which costs CPU per message (docs/performance.md, "The thread pool").
/// </para>
/// </summary>
internal sealed class ThreadPoolFloor : IDisposable
{
    public const int DuringOutage = 64;
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _time;
    private readonly int _normal;
    private readonly Action<int> _setMinimumWorkers;
    private readonly ILogger _logger;
    private readonly List<Func<bool>> _connected = [];
    private readonly Lock _gate = new();
    private readonly ITimer _check;
    private DateTimeOffset _lastEventAt;
    private bool _raised;

    public ThreadPoolFloor(TimeProvider time, ILogger<ThreadPoolFloor> logger)
        : this(time, RuntimeMinimumWorkers(), SetMinimumWorkers, logger)
    {
    }

    internal ThreadPoolFloor(TimeProvider time, int normalMinimum, Action<int> setMinimumWorkers, ILogger? logger = null)
    {
        _time = time;
        _normal = normalMinimum;
        _setMinimumWorkers = setMinimumWorkers;
        _logger = logger ?? NullLogger.Instance;
        Raise();
        _check = time.CreateTimer(_ => LowerIfSettled(), null, CheckEvery, CheckEvery);
    }

    /// <summary>Raises the floor at each of the multiplexer's failures and keeps it raised while it is not connected.</summary>
    public void Watch(ConnectionMultiplexer multiplexer)
    {
        multiplexer.ConnectionFailed += (_, _) => ConnectionFailed();
        multiplexer.ConnectionRestored += (_, _) => ConnectionRestored();
        Watch(() => multiplexer.IsConnected);
    }

    internal void Watch(Func<bool> connected)
    {
        lock (_gate) _connected.Add(connected);
    }

    internal void ConnectionFailed() => Raise();

    internal void ConnectionRestored()
    {
        lock (_gate) _lastEventAt = _time.GetUtcNow();
    }

    private void Raise()
    {
        lock (_gate)
        {
            _lastEventAt = _time.GetUtcNow();
            if (_raised) return;
            _raised = true;
            _setMinimumWorkers(Math.Max(_normal, DuringOutage));
            _logger.LogInformation("Thread pool minimum raised to {Workers} worker threads until Redis is settled", Math.Max(_normal, DuringOutage));
        }
    }

    internal void LowerIfSettled()
    {
        lock (_gate)
        {
            if (!_raised || _connected.Count == 0 || _time.GetUtcNow() - _lastEventAt < Settle || !_connected.All(up => up())) return;
            _raised = false;
            _setMinimumWorkers(_normal);
            _logger.LogInformation("Redis settled: thread pool minimum back to {Workers} worker threads", _normal);
        }
    }

    public void Dispose() => _check.Dispose();

    private static int RuntimeMinimumWorkers()
    {
        ThreadPool.GetMinThreads(out var workers, out _);
        return workers;
    }

    private static void SetMinimumWorkers(int workers)
    {
        ThreadPool.GetMinThreads(out _, out var completionPorts);
        ThreadPool.SetMinThreads(workers, completionPorts);
    }
}
