using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Players.Redis;

/// <summary>
/// Guest identities shared by every instance, so a player can resume on any of them: a hash per
/// player (name, token hash, current connection and the instance holding it, room, idle since), and lookups by token hash and by
/// connection id. Each change is one Lua script, so two instances never half-apply one, and names the
/// player on the <see cref="SessionChangeFeed"/>, so no instance goes on using its cached copy. Each
/// instance also lists the connections it holds, for <see cref="RedisOrphanedConnections"/>.
/// </summary>
internal sealed class RedisPlayerSessionStore(
    RedisConnection redis,
    RedisKeys keys,
    ServerInstance instance,
    CallerSessionCache callers,
    ReceiverConnectionCache receivers,
    SessionChangeFeed changes,
    TimeProvider clock,
    IOptions<RedisOptions> options)
    : IPlayerSessionStore
{
    private const string BindScript = """
        local previous = redis.call('HGET', KEYS[1], 'conn')
        if previous then
          redis.call('DEL', ARGV[3] .. previous)
          redis.call('SREM', KEYS[3], previous)
          local previousInstance = redis.call('HGET', KEYS[1], 'inst')
          if previousInstance then redis.call('SREM', ARGV[6] .. previousInstance, previous) end
        end
        redis.call('HSET', KEYS[1], 'conn', ARGV[1], 'inst', ARGV[5])
        redis.call('HDEL', KEYS[1], 'idle')
        redis.call('SET', KEYS[2], ARGV[2])
        redis.call('SADD', KEYS[3], ARGV[1])
        redis.call('ZREM', KEYS[4], ARGV[2])
        redis.call('SADD', KEYS[5], ARGV[1])
        redis.call('PUBLISH', ARGV[4], ARGV[2])
        return previous
        """;

    private const string UnbindScript = """
        local player = redis.call('GET', KEYS[1])
        if not player then return false end
        redis.call('DEL', KEYS[1])
        redis.call('SREM', KEYS[2], ARGV[1])
        redis.call('SREM', KEYS[4], ARGV[1])
        local session = ARGV[2] .. player
        if redis.call('HGET', session, 'conn') == ARGV[1] then
          redis.call('HDEL', session, 'conn', 'inst')
          if redis.call('HEXISTS', session, 'room') == 0 and redis.call('HEXISTS', session, 'idle') == 0 then
            redis.call('HSET', session, 'idle', ARGV[3])
            redis.call('ZADD', KEYS[3], ARGV[3], player)
          end
        end
        redis.call('PUBLISH', ARGV[4], player)
        return player
        """;

    private const string SetRoomScript = """
        if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
        if ARGV[1] == '' then
          redis.call('HDEL', KEYS[1], 'room')
          if redis.call('HEXISTS', KEYS[1], 'conn') == 0 and redis.call('HEXISTS', KEYS[1], 'idle') == 0 then
            redis.call('HSET', KEYS[1], 'idle', ARGV[2])
            redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
          end
        else
          redis.call('HSET', KEYS[1], 'room', ARGV[1])
          redis.call('HDEL', KEYS[1], 'idle')
          redis.call('ZREM', KEYS[2], ARGV[3])
        end
        redis.call('PUBLISH', ARGV[4], ARGV[3])
        return 1
        """;

    private const string ForgetIdleScript = """
        local idle = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
        for _, player in ipairs(idle) do
          local session = ARGV[2] .. player
          local token = redis.call('HGET', session, 'token')
          if token then redis.call('DEL', ARGV[3] .. token) end
          redis.call('DEL', session)
          redis.call('SREM', KEYS[2], player)
          redis.call('ZREM', KEYS[1], player)
        end
        return #idle
        """;

    private const string FindByConnectionScript = """
        local player = redis.call('GET', KEYS[1])
        if not player then return false end
        return redis.call('HGETALL', ARGV[1] .. player)
        """;

    private const string FindConnectionsScript = """
        local found = {}
        for i, session in ipairs(KEYS) do
          local fields = redis.call('HMGET', session, 'conn', 'room', 'inst')
          found[3 * i - 2] = fields[1] or ''
          found[3 * i - 1] = fields[2] or ''
          found[3 * i] = fields[3] or ''
        end
        return found
        """;

    private readonly string _sessionPrefix = options.Value.KeyPrefix + "session:";
    private readonly string _tokenPrefix = options.Value.KeyPrefix + "session-token:";
    private readonly string _connectionPrefix = options.Value.KeyPrefix + "connection:";

    public Task<int> CountAsync() => RedisGuard.Run(async () => (int)await redis.Database.SetLengthAsync(keys.Sessions));

    public Task<int> ConnectedCountAsync() => RedisGuard.Run(async () => (int)await redis.Database.SetLengthAsync(keys.Connections));

    public bool AllKnownConnectedHere(IReadOnlyList<PlayerId> players) => receivers.AllConnectedTo(instance.Id, players);

    public Task<int> ConnectedHereCountAsync() => RedisGuard.Run(async () => (int)await redis.Database.SetLengthAsync(keys.InstanceConnections(instance.Id)));

    public Task AddAsync(PlayerSession session) =>
        RedisGuard.Run(() =>
        {
            var batch = redis.Database.CreateTransaction();
            _ = batch.HashSetAsync(keys.Session(session.PlayerId), [new("id", session.PlayerId.ToString()), new("name", session.Name), new("token", session.ResumeTokenHash)]);
            _ = batch.StringSetAsync(keys.SessionByToken(session.ResumeTokenHash), session.PlayerId.ToString());
            _ = batch.SetAddAsync(keys.Sessions, session.PlayerId.ToString());
            return batch.ExecuteAsync();
        });

    /// <summary>Every hub call starts here: this instance's connections are answered from <see cref="CallerSessionCache"/>.</summary>
    public Task<PlayerSessionView?> FindByConnectionAsync(string connectionId) =>
        callers.FindCompleted(connectionId) ?? LookUpConnectionAsync(connectionId);

    private Task<PlayerSessionView?> LookUpConnectionAsync(string connectionId) =>
        RedisGuard.Run(async () =>
        {
            var changesBefore = callers.Changes;
            var result = await redis.Database.ScriptEvaluateAsync(FindByConnectionScript, [keys.SessionByConnection(connectionId)], [_sessionPrefix]);
            var session = result.IsNull ? null : ToSession(HashEntries((RedisResult[])result!))?.ToView();
            if (session is not null && changes.KeepsCacheCurrent()) callers.Add(connectionId, session, changesBefore);
            return session;
        });

    public async Task<PlayerSessionView?> FindAsync(PlayerId playerId) => (await FindSessionAsync(playerId))?.ToView();

    /// <summary>Every message to players starts here: connections this instance looked up before are answered from <see cref="ReceiverConnectionCache"/>.</summary>
    public Task<IReadOnlyList<PlayerConnection?>> FindConnectionsAsync(IReadOnlyList<PlayerId> players) =>
        receivers.Find(players) is { } held ? Task.FromResult<IReadOnlyList<PlayerConnection?>>(held) : LookUpConnectionsAsync(players);

    private Task<IReadOnlyList<PlayerConnection?>> LookUpConnectionsAsync(IReadOnlyList<PlayerId> players) =>
        RedisGuard.Run(async () =>
        {
            var changesBefore = receivers.Changes;
            var sessions = new RedisKey[players.Count];
            for (var i = 0; i < sessions.Length; i++) sessions[i] = keys.Session(players[i]);
            var found = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(FindConnectionsScript, sessions))!;
            var keepsCurrent = changes.KeepsCacheCurrent();
            var connections = new PlayerConnection?[players.Count];
            for (var i = 0; i < connections.Length; i++)
            {
                connections[i] = (string?)found[3 * i] is { Length: > 0 } connection
                    ? new PlayerConnection(connection, (string?)found[3 * i + 2] is { Length: > 0 } holder ? holder : null)
                    : null;
                if (keepsCurrent && RoomId.TryParse((string?)found[3 * i + 1], out var room)) receivers.Add(players[i], connections[i], room, changesBefore);
            }
            return (IReadOnlyList<PlayerConnection?>)connections;
        });

    public Task<PlayerSession?> FindSessionAsync(PlayerId playerId) =>
        RedisGuard.Run(async () => ToSession(await redis.Database.HashGetAllAsync(keys.Session(playerId))));

    public Task<PlayerSession?> FindByTokenHashAsync(string tokenHash) =>
        RedisGuard.Run(async () =>
        {
            var player = await redis.Database.StringGetAsync(keys.SessionByToken(tokenHash));
            return player.HasValue && PlayerId.TryParse(player, out var playerId) ? await FindSessionAsync(playerId) : null;
        });

    public Task<string?> BindAsync(PlayerId playerId, string connectionId) =>
        RedisGuard.Run(async () =>
        {
            var replaced = (string?)await redis.Database.ScriptEvaluateAsync(BindScript,
                [keys.Session(playerId), keys.SessionByConnection(connectionId), keys.Connections, keys.IdleSessions, keys.InstanceConnections(instance.Id)],
                [connectionId, playerId.ToString(), _connectionPrefix, changes.Channel, instance.Id, keys.InstanceConnectionsPrefix]);
            callers.ForgetPlayer(playerId); // at once, not only when the feed's news comes back
            receivers.ForgetPlayer(playerId);
            return replaced;
        });

    public Task<PlayerId?> UnbindAsync(string connectionId) =>
        RedisGuard.Run(async () =>
        {
            callers.ForgetConnection(connectionId); // before and after: a lookup racing the script must not keep it
            var player = (string?)await redis.Database.ScriptEvaluateAsync(UnbindScript,
                [keys.SessionByConnection(connectionId), keys.Connections, keys.IdleSessions, keys.InstanceConnections(instance.Id)],
                [connectionId, _sessionPrefix, NowMilliseconds(), changes.Channel]);
            callers.ForgetConnection(connectionId);
            if (!PlayerId.TryParse(player, out var playerId)) return (PlayerId?)null;
            receivers.ForgetPlayer(playerId);
            return playerId;
        });

    public Task SetRoomAsync(PlayerId playerId, RoomId? roomId) =>
        RedisGuard.Run(async () =>
        {
            await redis.Database.ScriptEvaluateAsync(SetRoomScript, [keys.Session(playerId), keys.IdleSessions],
                [roomId?.ToString() ?? string.Empty, NowMilliseconds(), playerId.ToString(), changes.Channel]);
            callers.ForgetPlayer(playerId);
            receivers.ForgetPlayer(playerId);
        });

    public Task<int> ForgetIdleAsync(DateTimeOffset idleBefore) =>
        RedisGuard.Run(async () => (int)await redis.Database.ScriptEvaluateAsync(ForgetIdleScript, [keys.IdleSessions, keys.Sessions],
            [idleBefore.ToUnixTimeMilliseconds(), _sessionPrefix, _tokenPrefix]));

    private long NowMilliseconds() => clock.GetUtcNow().ToUnixTimeMilliseconds();

    private static HashEntry[] HashEntries(RedisResult[] flat)
    {
        var entries = new HashEntry[flat.Length / 2];
        for (var i = 0; i < entries.Length; i++) entries[i] = new HashEntry((string)flat[2 * i]!, (string)flat[2 * i + 1]!);
        return entries;
    }

    private static PlayerSession? ToSession(HashEntry[] entries)
    {
        var fields = entries.ToDictionary(e => (string)e.Name!, e => (string)e.Value!);
        if (!PlayerId.TryParse(fields.GetValueOrDefault("id"), out var playerId)) return null;
        return new PlayerSession(playerId, fields["name"], fields["token"])
        {
            ConnectionId = fields.GetValueOrDefault("conn"),
            RoomId = RoomId.TryParse(fields.GetValueOrDefault("room"), out var roomId) ? roomId : null,
            IdleSince = long.TryParse(fields.GetValueOrDefault("idle"), out var idle) ? DateTimeOffset.FromUnixTimeMilliseconds(idle) : null,
        };
    }
}
