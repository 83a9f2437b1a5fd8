using System.Diagnostics;
using DrawGuess.Application.Common.Ports;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>Readiness of the live game state: a PING to Redis.</summary>
internal sealed class RedisProbe(RedisConnection redis) : IDependencyProbe
{
    public string Name => "redis";

    public bool RequiredForPlay => true;

    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await redis.Database.PingAsync().WaitAsync(cancellationToken);
            return new DependencyStatus(Name, true, Stopwatch.GetElapsedTime(started).TotalMilliseconds, null);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            return new DependencyStatus(Name, false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
        }
    }
}
