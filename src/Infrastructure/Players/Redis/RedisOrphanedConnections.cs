using DrawGuess.Application.Players.Contracts;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Players.Redis;

/// <summary>Takes a dead instance's list of connections (kept by <see cref="RedisPlayerSessionStore"/>) in one step, so exactly one instance gets it.</summary>
internal sealed class RedisOrphanedConnections(RedisConnection redis, RedisKeys keys) : IOrphanedConnections
{
    private const string ClaimScript = """
        local connections = redis.call('SMEMBERS', KEYS[1])
        redis.call('DEL', KEYS[1])
        return connections
        """;

    public async Task<IReadOnlyList<string>> ClaimAsync(string instanceId) =>
        (string[])(await redis.Database.ScriptEvaluateAsync(ClaimScript, [keys.InstanceConnections(instanceId)]))!;
}
