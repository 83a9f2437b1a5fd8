using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

internal sealed class RoomStore(IRoomRepository rooms) : IRoomStateStore<Room>
{
    public Task<Room?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) => rooms.FindAsync(roomId, fence, cancellationToken);

    public Task SaveAsync(IRoomUnitOfWork room, Room state, long? loadedVersion, RoomFence? fence, CancellationToken cancellationToken) =>
        loadedVersion is null ? rooms.AddAsync(state, fence, cancellationToken) : rooms.SaveAsync(state, fence, cancellationToken);

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) => rooms.RemoveAsync(roomId, cancellationToken);
}
