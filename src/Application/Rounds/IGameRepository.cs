using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>The game of each room: running, or over and kept for the podium until the next start.</summary>
public interface IGameRepository
{
    Task<Game?> FindAsync(RoomId roomId, CancellationToken cancellationToken);

    Task SaveAsync(Game game, CancellationToken cancellationToken);

    Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken);

    Task<int> CountRunningAsync(CancellationToken cancellationToken);
}
