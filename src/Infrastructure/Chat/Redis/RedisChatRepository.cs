using DrawGuess.Application.Chat;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;

namespace DrawGuess.Infrastructure.Chat.Redis;

/// <summary>Each room's chat log (history and rate limits) as one JSON value.</summary>
internal sealed class RedisChatRepository(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options) : IChatRepository
{
    private readonly TimeSpan _retention = options.Value.StateRetention;

    private const string Kind = "chat";

    public async Task<ChatLog> GetAsync(RoomId roomId, CancellationToken cancellationToken) =>
        (await RoomLeaseScope.LoadAsync(roomId, Kind, () => RedisGuard.Run<ChatLog?>(async () =>
        {
            var json = await redis.Database.StringGetAsync(keys.Chat(roomId));
            return json.HasValue ? DomainStateJson.Deserialize<ChatLog>(json!) : new ChatLog();
        })))!;

    public Task SaveAsync(RoomId roomId, ChatLog log, CancellationToken cancellationToken)
    {
        RoomLeaseScope.Remember(roomId, Kind, log);
        return RedisGuard.Run(() => redis.Database.StringSetAsync(keys.Chat(roomId), DomainStateJson.Serialize(log), _retention));
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        RoomLeaseScope.Forget(roomId, Kind);
        return RedisGuard.Run(() => redis.Database.KeyDeleteAsync(keys.Chat(roomId)));
    }
}
