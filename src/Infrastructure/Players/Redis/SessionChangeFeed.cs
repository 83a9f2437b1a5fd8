using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Players.Redis;

/// <summary>
/// The pub/sub channel on which every session change names its player (the session scripts of
/// <see cref="RedisPlayerSessionStore"/> publish it), so each instance's <see cref="CallerSessionCache"/>
/// and <see cref="ReceiverConnectionCache"/> forget what they hold for that player.
/// </summary>
internal sealed class SessionChangeFeed(RedisConnection redis, CallerSessionCache cache, ReceiverConnectionCache receivers, IOptions<RedisOptions> options)
{
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.KeyPrefix + "session-changes");
    private int _subscribing;
    private volatile bool _subscribed;
    private bool _watchingConnection; // only one SubscribeAsync runs at a time

    public string Channel => _channel.ToString();

    /// <summary>
    /// Whether news of every change reaches the cache now; the first call subscribes it.
    /// Nothing may be cached while this is false, and a lost connection clears the cache, since news
    /// published meanwhile is lost.
    /// </summary>
    public bool KeepsCacheCurrent()
    {
        if (_subscribed) return redis.Multiplexer.GetSubscriber().IsConnected(_channel);
        if (Interlocked.Exchange(ref _subscribing, 1) == 0) _ = SubscribeAsync();
        return false;
    }

    private void ForgetAll()
    {
        cache.Clear();
        receivers.Clear();
    }

    private async Task SubscribeAsync()
    {
        var multiplexer = redis.Multiplexer;
        if (!_watchingConnection)
        {
            multiplexer.ConnectionFailed += (_, _) => ForgetAll();
            multiplexer.ConnectionRestored += (_, _) => ForgetAll();
            _watchingConnection = true;
        }
        try
        {
            await multiplexer.GetSubscriber().SubscribeAsync(_channel, (_, player) =>
            {
                if (!PlayerId.TryParse(player, out var playerId)) return;
                cache.ForgetPlayer(playerId);
                receivers.ForgetPlayer(playerId);
            }, RedisClientSettings.SubscribeOnPrimary);
            _subscribed = true;
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception))
        {
            Volatile.Write(ref _subscribing, 0); // Redis is away: a later lookup tries again
        }
    }
}
