using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>
/// The game of each room: running, or over and kept for the podium until the next start. A <see cref="RoomFence"/>
/// is passed by the room's unit of work, which holds the room's lock; reads without one get the stored game.
/// </summary>
public interface IGameRepository
{
    Task<Game?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken);

    Task SaveAsync(Game game, RoomFence? fence, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a game after a canvas call (stroke, fill, clear, undo, redo), which changes only the
    /// current turn's canvas and the drawer's rate limit: a store may keep the rate limit as it last
    /// stored it, so it restarts from there after a handover to another instance. A store shared by
    /// several instances may store the call after it is relayed when all its <paramref name="receivers"/>
    /// are connected to this one.
    /// </summary>
    Task SaveCanvasAsync(Game game, IReadOnlyList<PlayerId> receivers, RoomFence? fence, CancellationToken cancellationToken);

    Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken);

    Task<int> CountRunningAsync(CancellationToken cancellationToken);
}
