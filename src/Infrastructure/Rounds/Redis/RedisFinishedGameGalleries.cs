using DrawGuess.Application.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>A room's last finished game as one value, <c>{gameId} {galleryId}</c>, expiring with the rest of the live state.</summary>
internal sealed class RedisFinishedGameGalleries(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options) : IFinishedGameGalleries
{
    private readonly TimeSpan _retention = options.Value.StateRetention;

    public Task RememberAsync(RoomId roomId, GameId gameId, string galleryId, CancellationToken cancellationToken) =>
        RedisGuard.Run(() => redis.Database.StringSetAsync(keys.LastGallery(roomId), $"{gameId} {galleryId}", _retention));

    public Task<string?> FindAsync(RoomId roomId, GameId gameId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var value = (string?)await redis.Database.StringGetAsync(keys.LastGallery(roomId));
            return value?.Split(' ') is [var game, var gallery] && game == gameId.ToString() ? gallery : null;
        });

    public Task ForgetAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RedisGuard.Run(() => redis.Database.KeyDeleteAsync(keys.LastGallery(roomId)));
}
