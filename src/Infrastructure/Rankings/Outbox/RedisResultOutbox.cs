using System.Text.Json;
using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Rankings;
using DrawGuess.Infrastructure.Common.Redis;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rankings.Outbox;

/// <summary>
/// With the live state in Redis, pending results wait there too: a pod's own folder disappears with
/// the pod, and every instance's drainer sees every pending result (a result stored twice is stored
/// once: the store is idempotent per game id). A hash of documents by game id, ordered by a sorted set.
/// </summary>
internal sealed class RedisResultOutbox(RedisConnection redis, RedisKeys keys, TimeProvider clock) : IResultOutbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Task AddAsync(GameResult result, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var batch = redis.Database.CreateTransaction();
            _ = batch.HashSetAsync(keys.ResultsOutbox, result.GameId.ToString("N"), JsonSerializer.Serialize(PendingResultDocument.From(result), Json));
            _ = batch.SortedSetAddAsync(keys.ResultsOutboxOrder, result.GameId.ToString("N"), clock.GetUtcNow().ToUnixTimeMilliseconds(), When.NotExists);
            await batch.ExecuteAsync();
        });

    public Task<IReadOnlyList<GameResult>> PendingAsync(int limit, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var ids = await redis.Database.SortedSetRangeByRankAsync(keys.ResultsOutboxOrder, 0, limit - 1);
            if (ids.Length == 0) return (IReadOnlyList<GameResult>)[];
            var documents = await redis.Database.HashGetAsync(keys.ResultsOutbox, ids);
            return documents.Where(d => d.HasValue)
                .Select(d => JsonSerializer.Deserialize<PendingResultDocument>((string)d!, Json)!.ToResult())
                .ToArray();
        });

    public Task RemoveAsync(Guid gameId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var batch = redis.Database.CreateTransaction();
            _ = batch.HashDeleteAsync(keys.ResultsOutbox, gameId.ToString("N"));
            _ = batch.SortedSetRemoveAsync(keys.ResultsOutboxOrder, gameId.ToString("N"));
            await batch.ExecuteAsync();
        });

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        RedisGuard.Run(async () => (int)await redis.Database.HashLengthAsync(keys.ResultsOutbox));
}
