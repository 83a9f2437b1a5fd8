using DrawGuess.Application.Chat;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;

namespace DrawGuess.Infrastructure.Chat.Redis;

/// <summary>
/// Each room's chat log (history and rate limits) as one JSON value. Under the room's lease this
/// instance reuses the log it held under its previous lease when nobody else held the room since.
/// </summary>
internal sealed class RedisChatRepository(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options, TimeProvider clock) : IChatRepository
{
    private readonly TimeSpan _retention = options.Value.StateRetention;

    private const string Kind = "chat";
    private readonly HeldUnderLease<ChatLog> _held = new(clock);

    public async Task<ChatLog> GetAsync(RoomId roomId, CancellationToken cancellationToken) =>
        (await RoomLeaseScope.LoadAsync(roomId, Kind, () => RedisGuard.Run<ChatLog?>(async () =>
        {
            if (_held.Reuse(roomId) is { } held) return held;
            var json = await redis.Database.StringGetAsync(keys.Chat(roomId));
            var log = json.HasValue ? DomainStateJson.Deserialize<ChatLog>(json!) : new ChatLog();
            _held.Hold(roomId, log);
            return log;
        })))!;

    public Task SaveAsync(RoomId roomId, ChatLog log, CancellationToken cancellationToken)
    {
        RoomLeaseScope.Remember(roomId, Kind, log);
        _held.Forget(roomId);
        return RedisGuard.Run(async () =>
        {
            await redis.Database.StringSetAsync(keys.Chat(roomId), DomainStateJson.Serialize(log), _retention);
            _held.Hold(roomId, log);
        });
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        RoomLeaseScope.Forget(roomId, Kind);
        _held.Forget(roomId);
        return RedisGuard.Run(() => redis.Database.KeyDeleteAsync(keys.Chat(roomId)));
    }
}
