using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

/// <summary>
/// The rooms. A <see cref="RoomFence"/> is passed by the room's unit of work, which holds the room's lock;
/// reads without one (the lobby, REST, lookups by code) get the stored room.
/// </summary>
public interface IRoomRepository
{
    Task<Room?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken);

    Task<Room?> FindByCodeAsync(RoomCode code, CancellationToken cancellationToken);

    Task AddAsync(Room room, RoomFence? fence, CancellationToken cancellationToken);

    Task SaveAsync(Room room, RoomFence? fence, CancellationToken cancellationToken);

    Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Room>> ListAsync(CancellationToken cancellationToken);

    /// <summary>How many rooms are open; with Redis it may briefly still count rooms that expired since the last <see cref="ListAsync"/>.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
