using System.Diagnostics;
using DrawGuess.Application.Common.Ports;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Readiness of the live game state: a write, not a PING. Through Sentinel a replica answers PING
/// while no primary takes writes, and a full primary (noeviction) or one without an acknowledging
/// replica (min-replicas-to-write) answers PING but refuses every write.
/// </summary>
internal sealed class RedisProbe(RedisConnection redis, RedisKeys keys, ServerInstance instance) : IDependencyProbe
{
    public string Name => "redis";

    public bool RequiredForPlay => true;

    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await redis.Database.StringSetAsync(keys.Readiness(instance.Id), "ok", TimeSpan.FromSeconds(10)).WaitAsync(cancellationToken);
            return new DependencyStatus(Name, true, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            return new DependencyStatus(Name, false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
        }
    }
}
