using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// The instances' channels on a connection of their own (<see cref="RedisConnection.ForBackplane"/>): while Redis or its
/// primary is away they behave as SignalR's backplane does, and <c>BackplaneSends</c> keeps what they cannot publish.
/// </summary>
internal sealed class RedisInstanceChannels(RedisConnection redis, ServerInstance instance, IOptions<RedisOptions> options) : IInstanceChannels, IDisposable
{
    private readonly string _channelPrefix = options.Value.KeyPrefix + "instance:";

    public string Here => instance.Id;

    public Task PublishAsync(string instanceId, byte[] message) => redis.Multiplexer.GetSubscriber().PublishAsync(Channel(instanceId), message);

    public async Task ListenAsync(Action<byte[]> handle)
    {
        // A queue, unlike a handler, hands its messages over in order.
        var messages = await redis.Multiplexer.GetSubscriber().SubscribeAsync(Channel(instance.Id));
        messages.OnMessage(message => handle((byte[])message.Message!));
    }

    public void Dispose() => redis.Dispose();

    private RedisChannel Channel(string instanceId) => RedisChannel.Literal(_channelPrefix + instanceId);
}
