using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

public interface IRoomRepository
{
    Task<Room?> FindAsync(RoomId roomId, CancellationToken cancellationToken);

    Task<Room?> FindByCodeAsync(RoomCode code, CancellationToken cancellationToken);

    Task AddAsync(Room room, CancellationToken cancellationToken);

    Task SaveAsync(Room room, CancellationToken cancellationToken);

    Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Room>> ListAsync(CancellationToken cancellationToken);

    /// <summary>How many rooms are open; with Redis it may briefly still count rooms that expired since the last <see cref="ListAsync"/>.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken);
}
