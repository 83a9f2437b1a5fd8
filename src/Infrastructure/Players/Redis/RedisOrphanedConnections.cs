using DrawGuess.Application.Players.Contracts;
using DrawGuess.Infrastructure.Common.Redis;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Players.Redis;

/// <summary>
/// The instances' heartbeats and the lists of connections each holds (kept by <see cref="RedisPlayerSessionStore"/>).
/// A dead instance's list is taken in one script that checks the heartbeat, so exactly one instance gets it, and none
/// once the heartbeat is back.
/// </summary>
internal sealed class RedisOrphanedConnections(RedisConnection redis, RedisKeys keys) : IOrphanedConnections
{
    // KEYS: the instance's heartbeat, its connections, the instances. ARGV: the instance.
    private const string ClaimScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return false end
        if redis.call('SREM', KEYS[3], ARGV[1]) == 0 then return false end
        local connections = redis.call('SMEMBERS', KEYS[2])
        redis.call('DEL', KEYS[2])
        return connections
        """;

    public async Task BeatAsync(string instanceId, TimeSpan aliveFor)
    {
        var batch = redis.Database.CreateBatch();
        var alive = batch.StringSetAsync(keys.InstanceAlive(instanceId), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), aliveFor);
        var listed = batch.SetAddAsync(keys.Instances, instanceId);
        batch.Execute();
        await Task.WhenAll(alive, listed);
    }

    public async Task ForgetAsync(string instanceId)
    {
        await redis.Database.KeyDeleteAsync(keys.InstanceAlive(instanceId));
        await redis.Database.SetRemoveAsync(keys.Instances, instanceId);
    }

    public async Task<IReadOnlyList<string>> SilentInstancesAsync(string self)
    {
        var silent = new List<string>();
        foreach (var member in await redis.Database.SetMembersAsync(keys.Instances))
        {
            var id = (string)member!;
            if (id != self && !await redis.Database.KeyExistsAsync(keys.InstanceAlive(id))) silent.Add(id);
        }
        return silent;
    }

    public async Task<IReadOnlyList<string>?> ClaimAsync(string instanceId)
    {
        var claimed = await redis.Database.ScriptEvaluateAsync(ClaimScript,
            [keys.InstanceAlive(instanceId), keys.InstanceConnections(instanceId), keys.Instances], [instanceId]);
        return claimed.IsNull ? null : (string[])claimed!;
    }
}
