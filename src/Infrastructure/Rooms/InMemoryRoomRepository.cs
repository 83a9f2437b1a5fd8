using System.Collections.Concurrent;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Rooms;

/// <summary>Rooms live as objects in this process; the per-room lock serialises changes to each.</summary>
internal sealed class InMemoryRoomRepository : IRoomRepository
{
    private readonly ConcurrentDictionary<RoomId, Room> _rooms = new();
    private readonly ConcurrentDictionary<RoomCode, RoomId> _codes = new();
    private readonly ConcurrentDictionary<RoomId, RoomCode> _indexedCodes = new();

    public Task<Room?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) =>
        Task.FromResult(_rooms.GetValueOrDefault(roomId));

    public Task<Room?> FindByCodeAsync(RoomCode code, CancellationToken cancellationToken) =>
        Task.FromResult(_codes.TryGetValue(code, out var id) ? _rooms.GetValueOrDefault(id) : null);

    public Task AddAsync(Room room, RoomFence? fence, CancellationToken cancellationToken)
    {
        _rooms[room.Id] = room;
        _codes[room.Code] = room.Id;
        _indexedCodes[room.Id] = room.Code;
        return Task.CompletedTask;
    }

    /// <summary>The room is this very object; only a renewed invite code needs the index changed.</summary>
    public Task SaveAsync(Room room, RoomFence? fence, CancellationToken cancellationToken)
    {
        if (_indexedCodes.TryGetValue(room.Id, out var indexed) && indexed != room.Code)
        {
            _codes[room.Code] = room.Id;
            _codes.TryRemove(new KeyValuePair<RoomCode, RoomId>(indexed, room.Id));
            _indexedCodes[room.Id] = room.Code;
        }
        return Task.CompletedTask;
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        if (_rooms.TryRemove(roomId, out var room)) _codes.TryRemove(new KeyValuePair<RoomCode, RoomId>(room.Code, roomId));
        _indexedCodes.TryRemove(roomId, out _);
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(_rooms.Count);

    public Task<IReadOnlyList<Room>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Room>>(_rooms.Values.ToArray());
}
