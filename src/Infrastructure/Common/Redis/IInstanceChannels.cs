namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// A pub/sub channel per server instance sharing the live state, named after the id that player sessions record with
/// each connection (<see cref="Here"/>), so a message for several connections of one instance is published to it once.
/// </summary>
public interface IInstanceChannels
{
    /// <summary>This instance's id, as the sessions of the players connected here record it.</summary>
    string Here { get; }

    /// <summary>Publishes to the instance's channel. Throws as Redis commands do while Redis or its primary is away.</summary>
    Task PublishAsync(string instanceId, byte[] message);

    /// <summary>Hands each message published to this instance's channel to <paramref name="handle"/>, one at a time in the order published.</summary>
    Task ListenAsync(Action<byte[]> handle);
}
