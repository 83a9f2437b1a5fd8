using Microsoft.Extensions.Configuration;

namespace DrawGuess.Infrastructure;

/// <summary>Which adapter serves each port (configuration section "Storage"). The defaults need no external service.</summary>
public static class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Key "Storage:Rankings": <c>Sqlite</c> (default, a local file) or <c>Postgres</c>.</summary>
    public const string Rankings = "Rankings";

    /// <summary>Key "Storage:LiveState": <c>InMemory</c> (default, one instance) or <c>Redis</c> (rooms, games, chat, sessions and timers shared by every instance).</summary>
    public const string LiveState = "LiveState";

    public static bool UsesRedis(IConfiguration configuration) =>
        string.Equals(configuration[$"{Section}:{LiveState}"], "Redis", StringComparison.OrdinalIgnoreCase);
}
