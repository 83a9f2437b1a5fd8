using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Rankings;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rankings.Gallery;

/// <summary>A running game's drawings as a Redis list of JSON values, one per turn, and its guess times as another, expiring with the rest of the live state.</summary>
internal sealed class RedisGalleryDrafts(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options) : IGalleryDrafts
{
    private readonly TimeSpan _retention = options.Value.StateRetention;

    public Task AppendAsync(GameId gameId, GalleryDrawing drawing, CancellationToken cancellationToken) =>
        AppendToListAsync(keys.GalleryDrafts(gameId), GalleryJson.Write(drawing));

    public Task<IReadOnlyList<GalleryDrawing>> ListAsync(GameId gameId, CancellationToken cancellationToken) =>
        ReadListAsync(keys.GalleryDrafts(gameId), GalleryJson.ReadDrawing);

    public Task AppendGuessAsync(GameId gameId, GalleryGuessTime guess, CancellationToken cancellationToken) =>
        AppendToListAsync(keys.GalleryGuessTimes(gameId), GalleryJson.Write(guess));

    public Task<IReadOnlyList<GalleryGuessTime>> ListGuessesAsync(GameId gameId, CancellationToken cancellationToken) =>
        ReadListAsync(keys.GalleryGuessTimes(gameId), GalleryJson.ReadGuess);

    public Task RemoveAsync(GameId gameId, CancellationToken cancellationToken) =>
        RedisGuard.Run(() => redis.Database.KeyDeleteAsync([keys.GalleryDrafts(gameId), keys.GalleryGuessTimes(gameId)]));

    private Task AppendToListAsync(RedisKey key, string json) =>
        RedisGuard.Run(async () =>
        {
            var transaction = redis.Database.CreateTransaction();
            _ = transaction.ListRightPushAsync(key, json);
            _ = transaction.KeyExpireAsync(key, _retention);
            await transaction.ExecuteAsync();
        });

    private Task<IReadOnlyList<T>> ReadListAsync<T>(RedisKey key, Func<string, T> read) =>
        RedisGuard.Run(async () =>
        {
            var values = await redis.Database.ListRangeAsync(key);
            return (IReadOnlyList<T>)values.Select(value => read(value!)).ToArray();
        });
}
