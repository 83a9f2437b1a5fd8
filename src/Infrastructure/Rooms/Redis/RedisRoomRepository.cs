using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rooms.Snapshots;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rooms.Redis;

/// <summary>
/// Each room as one JSON value, found by id or invite code; the room set lists them for the lobby.
/// Under the room's lease (a <see cref="RoomFence"/>) this instance reuses the room it held under its previous
/// lease when nobody else held the room since.
/// </summary>
internal sealed class RedisRoomRepository(RedisConnection redis, RedisKeys keys, IOptions<RedisOptions> options, TimeProvider clock) : IRoomRepository
{
    private readonly TimeSpan _retention = options.Value.StateRetention;
    private readonly int _version = WriteVersion(options.Value);
    private readonly HeldUnderLease<Room> _held = new(clock);

    /// <summary>The version rooms are written as: their newest, unless <see cref="RedisOptions.StoredStateVersion"/> asks for an older one.</summary>
    internal static int WriteVersion(RedisOptions options) => Math.Min(options.StoredStateVersion, RoomSnapshotV2.Version);

    /// <summary>A room held under the lease is answered without the guard's state machines: a drawer's every stroke batch reads it.</summary>
    public Task<Room?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) =>
        _held.Reuse(roomId, fence) is { } held ? Task.FromResult<Room?>(held) : ReadAsync(roomId, fence);

    private Task<Room?> ReadAsync(RoomId roomId, RoomFence? fence) =>
        RedisGuard.Run(async () =>
        {
            var room = Read(await redis.Database.StringGetAsync(keys.Room(roomId)));
            if (room is not null) _held.Hold(roomId, fence, room);
            return room;
        });

    public Task<Room?> FindByCodeAsync(RoomCode code, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var id = await redis.Database.StringGetAsync(keys.RoomCode(code));
            var room = id.HasValue && RoomId.TryParse(id, out var roomId) ? Read(await redis.Database.StringGetAsync(keys.Room(roomId))) : null;
            // A code the room gave up (RenewInviteCode) points to it until that key expires.
            return room?.Code == code ? room : null;
        });

    public Task AddAsync(Room room, RoomFence? fence, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            _held.Forget(room.Id);
            var batch = redis.Database.CreateTransaction();
            _ = batch.StringSetAsync(keys.Room(room.Id), StoredRoom.Write(room, _version), _retention);
            _ = batch.StringSetAsync(keys.RoomCode(room.Code), room.Id.ToString(), _retention);
            _ = batch.SetAddAsync(keys.Rooms, room.Id.ToString());
            await batch.ExecuteAsync();
            _held.Hold(room.Id, fence, room);
        });

    public Task SaveAsync(Room room, RoomFence? fence, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            _held.Forget(room.Id);
            var batch = redis.Database.CreateTransaction();
            _ = batch.StringSetAsync(keys.Room(room.Id), StoredRoom.Write(room, _version), _retention);
            _ = batch.StringSetAsync(keys.RoomCode(room.Code), room.Id.ToString(), _retention);
            await batch.ExecuteAsync();
            _held.Hold(room.Id, fence, room);
        });

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var room = Read(await redis.Database.StringGetAsync(keys.Room(roomId)));
            _held.Forget(roomId);
            var batch = redis.Database.CreateTransaction();
            _ = batch.KeyDeleteAsync(keys.Room(roomId));
            if (room is not null) _ = batch.KeyDeleteAsync(keys.RoomCode(room.Code));
            _ = batch.SetRemoveAsync(keys.Rooms, roomId.ToString());
            await batch.ExecuteAsync();
        });

    public Task<int> CountAsync(CancellationToken cancellationToken) =>
        RedisGuard.Run(async () => (int)await redis.Database.SetLengthAsync(keys.Rooms));

    /// <summary>Rooms that expired since they were listed are dropped from the set on the way.</summary>
    public Task<IReadOnlyList<Room>> ListAsync(CancellationToken cancellationToken) =>
        RedisGuard.Run(async () =>
        {
            var ids = await redis.Database.SetMembersAsync(keys.Rooms);
            if (ids.Length == 0) return (IReadOnlyList<Room>)[];
            var values = await redis.Database.StringGetAsync(ids.Select(id => keys.Room(new RoomId(Guid.Parse((string)id!)))).ToArray());
            var rooms = new List<Room>(ids.Length);
            var expired = new List<RedisValue>();
            for (var i = 0; i < ids.Length; i++)
            {
                if (Read(values[i]) is { } room) rooms.Add(room);
                else expired.Add(ids[i]);
            }
            if (expired.Count > 0) await redis.Database.SetRemoveAsync(keys.Rooms, expired.ToArray());
            return rooms;
        });

    private static Room? Read(RedisValue json) => json.HasValue ? StoredRoom.Read(json!) : null;
}
