using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// The instances' channels on a connection of their own (<see cref="RedisConnection.ForBackplane"/>): while Redis or its
/// primary is away they behave as SignalR's backplane does, and <c>BackplaneSends</c> keeps what they cannot publish.
/// </summary>
internal sealed class RedisInstanceChannels(RedisConnection redis, ServerInstance instance, IOptions<RedisOptions> options) : IInstanceChannels, IDisposable
{
    /// <summary>
    /// How long a first subscription may wait for the connection: a new connection's subscriber comes up
    /// after it (Redis reachable), and meanwhile a subscription fails at once instead of waiting (no backlog).
    /// </summary>
    private static readonly TimeSpan SubscribeWithin = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan SubscribeRetry = TimeSpan.FromMilliseconds(50);
    private readonly string _channelPrefix = options.Value.KeyPrefix + "instance:";

    public string Here => instance.Id;

    public Task<long> PublishAsync(string instanceId, byte[] message) => redis.Multiplexer.GetSubscriber().PublishAsync(Channel(instanceId), message);

    public async Task ListenAsync(Action<byte[]> handle)
    {
        var deadline = DateTime.UtcNow + SubscribeWithin;
        while (true)
        {
            try
            {
                // A queue, unlike a handler, hands its messages over in order.
                var multiplexer = await redis.MultiplexerAsync();
                var messages = await multiplexer.GetSubscriber().SubscribeAsync(Channel(instance.Id), RedisClientSettings.SubscribeOnPrimary);
                messages.OnMessage(message => handle((byte[])message.Message!));
                return;
            }
            catch (Exception exception) when (RedisGuard.IsOutage(exception) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(SubscribeRetry);
            }
        }
    }

    public void Dispose() => redis.Dispose();

    private RedisChannel Channel(string instanceId) => RedisChannel.Literal(_channelPrefix + instanceId);
}
