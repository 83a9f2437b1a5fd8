using System.Collections.Concurrent;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// Each room's game (turn, scores, canvas log, deadlines) as a hash of its JSON state and a version
/// that every save increments. The game is stored after every stroke, and reading a whole canvas
/// back costs milliseconds, so under the room's lease this instance reuses the game it saved last
/// when the version says nobody else saved one since (the drawer's strokes mostly arrive at one
/// instance). Reads without the lease always get a fresh copy.
/// </summary>
internal sealed class RedisGameRepository(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options) : IGameRepository
{
    private const string Kind = "game";
    private const string StateField = "state";
    private const string VersionField = "version";
    private readonly TimeSpan _retention = options.Value.StateRetention;
    private readonly ConcurrentDictionary<RoomId, (long Version, Game Game)> _lastSaved = new();

    public Task<Game?> FindAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RoomLeaseScope.LoadAsync(roomId, Kind, () => RedisGuard.Run(async () =>
        {
            if (RoomLeaseScope.IsHeld(roomId) && _lastSaved.TryGetValue(roomId, out var saved)
                && (long?)await redis.Database.HashGetAsync(keys.Game(roomId), VersionField) == saved.Version)
                return saved.Game;
            _lastSaved.TryRemove(roomId, out _);
            return Read(await redis.Database.HashGetAsync(keys.Game(roomId), StateField));
        }));

    public Task SaveAsync(Game game, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            RoomLeaseScope.Remember(game.RoomId, Kind, game);
            _lastSaved.TryRemove(game.RoomId, out _);
            var key = keys.Game(game.RoomId);
            var batch = redis.Database.CreateTransaction();
            _ = batch.HashSetAsync(key, StateField, DomainStateJson.Serialize(game));
            var version = batch.HashIncrementAsync(key, VersionField);
            _ = batch.KeyExpireAsync(key, _retention);
            _ = batch.SetAddAsync(keys.Games, game.RoomId.ToString());
            await batch.ExecuteAsync();
            if (RoomLeaseScope.IsHeld(game.RoomId)) _lastSaved[game.RoomId] = (await version, game);
        });

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            RoomLeaseScope.Forget(roomId, Kind);
            _lastSaved.TryRemove(roomId, out _);
            var batch = redis.Database.CreateTransaction();
            _ = batch.KeyDeleteAsync(keys.Game(roomId));
            _ = batch.SetRemoveAsync(keys.Games, roomId.ToString());
            await batch.ExecuteAsync();
        });

    public Task<int> CountRunningAsync(CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var ids = await redis.Database.SetMembersAsync(keys.Games);
            if (ids.Length == 0) return 0;
            var batch = redis.Database.CreateBatch();
            var reads = ids.Select(id => batch.HashGetAsync(keys.Game(new RoomId(Guid.Parse((string)id!))), StateField)).ToArray();
            batch.Execute();
            var values = await Task.WhenAll(reads);
            var expired = ids.Where((_, i) => !values[i].HasValue).ToArray();
            if (expired.Length > 0) await redis.Database.SetRemoveAsync(keys.Games, expired);
            return values.Count(v => Read(v) is { IsRunning: true });
        });

    private static Game? Read(RedisValue json) => json.HasValue ? DomainStateJson.Deserialize<Game>(json!) : null;
}
