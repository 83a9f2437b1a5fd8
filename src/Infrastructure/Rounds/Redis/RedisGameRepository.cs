using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>Each room's game (turn, scores, canvas log, deadlines) as one JSON value next to its room.</summary>
internal sealed class RedisGameRepository(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options) : IGameRepository
{
    private const string Kind = "game";
    private readonly TimeSpan _retention = options.Value.StateRetention;

    public Task<Game?> FindAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RoomLeaseScope.LoadAsync(roomId, Kind, () => RedisGuard.Run(async () => Read(await redis.Database.StringGetAsync(keys.Game(roomId)))));

    public Task SaveAsync(Game game, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            RoomLeaseScope.Remember(game.RoomId, Kind, game);
            var batch = redis.Database.CreateTransaction();
            _ = batch.StringSetAsync(keys.Game(game.RoomId), DomainStateJson.Serialize(game), _retention);
            _ = batch.SetAddAsync(keys.Games, game.RoomId.ToString());
            await batch.ExecuteAsync();
        });

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            RoomLeaseScope.Forget(roomId, Kind);
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
            var values = await redis.Database.StringGetAsync(ids.Select(id => keys.Game(new RoomId(Guid.Parse((string)id!)))).ToArray());
            var expired = ids.Where((_, i) => !values[i].HasValue).ToArray();
            if (expired.Length > 0) await redis.Database.SetRemoveAsync(keys.Games, expired);
            return values.Count(v => Read(v) is { IsRunning: true });
        });

    private static Game? Read(RedisValue json) => json.HasValue ? DomainStateJson.Deserialize<Game>(json!) : null;
}
