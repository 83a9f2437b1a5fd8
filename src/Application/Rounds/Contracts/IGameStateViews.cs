using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds.Contracts;

public interface IGameStateViews
{
    /// <summary>The room's game as <paramref name="viewer"/> may see it, or null when no game is running or over.</summary>
    Task<GameStateDto?> StateForAsync(IRoomUnitOfWork room, PlayerId viewer, CancellationToken cancellationToken);
}
