using System.Collections.Concurrent;
using DrawGuess.Application.Rooms;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Rooms;

/// <summary>Rooms live as objects in this process; the per-room lock serialises changes to each.</summary>
internal sealed class InMemoryRoomRepository : IRoomRepository
{
    private readonly ConcurrentDictionary<RoomId, Room> _rooms = new();
    private readonly ConcurrentDictionary<RoomCode, RoomId> _codes = new();

    public Task<Room?> FindAsync(RoomId roomId, CancellationToken cancellationToken) =>
        Task.FromResult(_rooms.GetValueOrDefault(roomId));

    public Task<Room?> FindByCodeAsync(RoomCode code, CancellationToken cancellationToken) =>
        Task.FromResult(_codes.TryGetValue(code, out var id) ? _rooms.GetValueOrDefault(id) : null);

    public Task AddAsync(Room room, CancellationToken cancellationToken)
    {
        _rooms[room.Id] = room;
        _codes[room.Code] = room.Id;
        return Task.CompletedTask;
    }

    public Task SaveAsync(Room room, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        if (_rooms.TryRemove(roomId, out var room)) _codes.TryRemove(room.Code, out _);
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(_rooms.Count);

    public Task<IReadOnlyList<Room>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Room>>(_rooms.Values.ToArray());
}
