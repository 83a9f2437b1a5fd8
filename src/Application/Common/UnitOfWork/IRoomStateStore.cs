using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Common.UnitOfWork;

/// <summary>How a module stores its part of a room's state; only the unit of work calls it.</summary>
public interface IRoomStateStore<T> where T : AggregateRoot
{
    Task<T?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken);

    /// <param name="room">The unit of work that commits: a store may read the room's other parts from it.</param>
    /// <param name="loadedVersion">The version it had when loaded, or null when it is new.</param>
    Task SaveAsync(IRoomUnitOfWork room, T state, long? loadedVersion, RoomFence? fence, CancellationToken cancellationToken);

    Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken);
}
