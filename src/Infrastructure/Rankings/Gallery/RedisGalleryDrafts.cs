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
        RedisGuard.Run(async () =>
        {
            var transaction = redis.Database.CreateTransaction();
            _ = transaction.ListRightPushAsync(keys.GalleryDrafts(gameId), GalleryJson.Write(drawing));
            _ = transaction.KeyExpireAsync(keys.GalleryDrafts(gameId), _retention);
            await transaction.ExecuteAsync();
        });

    public Task<IReadOnlyList<GalleryDrawing>> ListAsync(GameId gameId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var values = await redis.Database.ListRangeAsync(keys.GalleryDrafts(gameId));
            return (IReadOnlyList<GalleryDrawing>)values.Select(v => GalleryJson.ReadDrawing(v!)).ToArray();
        });

    public Task AppendGuessAsync(GameId gameId, GalleryGuessTime guess, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var transaction = redis.Database.CreateTransaction();
            _ = transaction.ListRightPushAsync(keys.GalleryGuessTimes(gameId), GalleryJson.Write(guess));
            _ = transaction.KeyExpireAsync(keys.GalleryGuessTimes(gameId), _retention);
            await transaction.ExecuteAsync();
        });

    public Task<IReadOnlyList<GalleryGuessTime>> ListGuessesAsync(GameId gameId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var values = await redis.Database.ListRangeAsync(keys.GalleryGuessTimes(gameId));
            return (IReadOnlyList<GalleryGuessTime>)values.Select(v => GalleryJson.ReadGuess(v!)).ToArray();
        });

    public Task RemoveAsync(GameId gameId, CancellationToken cancellationToken) =>
        RedisGuard.Run(() => redis.Database.KeyDeleteAsync([keys.GalleryDrafts(gameId), keys.GalleryGuessTimes(gameId)]));
}
