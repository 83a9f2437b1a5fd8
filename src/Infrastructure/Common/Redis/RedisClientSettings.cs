using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// How every connection to Redis behaves while Redis (or, through Sentinel, its primary) is away:
/// the live state's multiplexer and the SignalR backplane's alike. Start-up never waits for Redis,
/// calls fail at once instead of queueing (players get SERVICE_UNAVAILABLE, not a hung call), and
/// reconnects are tried every half second.
/// </summary>
internal static class RedisClientSettings
{
    public static void Apply(ConfigurationOptions options)
    {
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 2000;
        options.AsyncTimeout = 2000;
        options.ReconnectRetryPolicy = new LinearRetry(500);
    }

    /// <summary>
    /// Flags for every SUBSCRIBE: on the primary only. A replica also delivers what is published on its primary, and
    /// during a failover StackExchange.Redis could place a subscription on a replica and later add the same one on the
    /// promoted primary, so every message for that channel arrived twice (RedisFailoverTests, once in twelve runs).
    /// </summary>
    public const CommandFlags SubscribeOnPrimary = CommandFlags.DemandMaster;

    /// <summary>A backplane connection (SignalR's, or the instances' channels) is named with <c>-backplane</c>, so CLIENT LIST tells it from the live state's.</summary>
    public static void NameAsBackplane(ConfigurationOptions options) =>
        options.ClientName = $"{options.ClientName ?? Environment.MachineName}-backplane";
}
