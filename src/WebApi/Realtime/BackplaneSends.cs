using DrawGuess.Domain.Common;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// Messages for connections held by other instances, published to the instance's channel (ADR 0020) or through the
/// SignalR backplane. One that the backplane cannot publish (Redis or its primary away, a failover) is kept and published again every
/// <see cref="RetryInterval"/>, in the order sent; while any is kept, every later one waits behind it, so a
/// room's messages still arrive in order and a command whose state is saved still reaches every player
/// (ADR 0018). At most <see cref="Capacity"/> are kept: past that a send fails as before (SERVICE_UNAVAILABLE).
/// Stroke batches are not kept: refused, the drawer's retry takes the path that waits for the failover.
/// </summary>
internal sealed class BackplaneSends(TimeProvider clock, ILogger<BackplaneSends> logger)
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    private readonly Queue<Func<Task>> _kept = new();
    private bool _draining;

    /// <summary>
    /// Publishes, or keeps the message while the backplane cannot. A message that may not be kept (a stroke batch,
    /// which the drawer retries once refused) fails instead, also while others wait: it cannot overtake them.
    /// </summary>
    public async Task SendAsync(Func<Task> publish, bool mayKeep)
    {
        lock (_kept)
        {
            if (_kept.Count > 0)
            {
                Keep(publish, mayKeep);
                return;
            }
        }
        try
        {
            await publish();
        }
        catch (Exception exception) when (RedisOutage.Is(exception))
        {
            lock (_kept) Keep(publish, mayKeep, exception);
        }
    }

    /// <summary>Called under the lock; starts the one loop that publishes what is kept.</summary>
    private void Keep(Func<Task> publish, bool mayKeep, Exception? failure = null)
    {
        if (!mayKeep || _kept.Count >= Capacity)
        {
            throw new GameRuleException(ErrorCodes.ServiceUnavailable, "The game service is briefly unavailable; try again in a moment.", failure);
        }
        _kept.Enqueue(publish);
        if (_draining) return;
        _draining = true;
        logger.LogWarning(failure, "The SignalR backplane cannot publish; keeping messages for other instances' players until it can");
        _ = Task.Run(DrainAsync);
    }

    private async Task DrainAsync()
    {
        var published = 0;
        while (true)
        {
            Func<Task> next;
            lock (_kept)
            {
                if (!_kept.TryPeek(out next!))
                {
                    _draining = false;
                    logger.LogInformation("The SignalR backplane publishes again; {Count} kept messages sent", published);
                    return;
                }
            }
            try
            {
                await next();
                published++;
            }
            catch (Exception exception) when (RedisOutage.Is(exception))
            {
                await Task.Delay(RetryInterval, clock);
                continue;
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "A kept message for another instance's player could not be sent; dropped");
            }
            lock (_kept) _kept.Dequeue();
        }
    }
}
