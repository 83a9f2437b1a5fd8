using DrawGuess.Application.Players.Contracts;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Players.Redis;

/// <summary>
/// Takes a dead instance's list of connections (kept by <see cref="RedisPlayerSessionStore"/>) in one step, so exactly
/// one instance gets it, and only while the instance's heartbeat is gone: one whose beat comes back between the
/// caller's check and the claim (after a Redis failover held its beats up) keeps its players.
/// </summary>
internal sealed class RedisOrphanedConnections(RedisConnection redis, RedisKeys keys) : IOrphanedConnections
{
    // KEYS: the instance's connections, its heartbeat.
    private const string ClaimScript = """
        if redis.call('EXISTS', KEYS[2]) == 1 then return {} end
        local connections = redis.call('SMEMBERS', KEYS[1])
        redis.call('DEL', KEYS[1])
        return connections
        """;

    public async Task<IReadOnlyList<string>> ClaimAsync(string instanceId) =>
        (string[])(await redis.Database.ScriptEvaluateAsync(ClaimScript, [keys.InstanceConnections(instanceId), keys.InstanceAlive(instanceId)]))!;
}
