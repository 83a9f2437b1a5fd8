namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// A pub/sub channel per server instance sharing the live state, named after the id that player sessions record with
/// each connection (<see cref="Here"/>), so a message for several connections of one instance is published to it once.
/// </summary>
public interface IInstanceChannels
{
    /// <summary>This instance's id, as the sessions of the players connected here record it.</summary>
    string Here { get; }

    /// <summary>
    /// Publishes to the instance's channel and returns how many subscriptions received it: 0 when that instance is not
    /// subscribed at the moment (subscribing again after a failover or an outage, or gone). Throws as Redis commands do
    /// while Redis or its primary is away.
    /// </summary>
    Task<long> PublishAsync(string instanceId, byte[] message);

    /// <summary>Hands each message published to this instance's channel to <paramref name="handle"/>, one at a time in the order published.</summary>
    Task ListenAsync(Action<byte[]> handle);
}
