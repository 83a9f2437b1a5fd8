using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

internal sealed class GameStateViews(TimeProvider clock) : IGameStateViews
{
    public async Task<GameStateDto?> StateForAsync(IRoomUnitOfWork room, PlayerId viewer, CancellationToken cancellationToken) =>
        await room.GameAsync(cancellationToken) is { IsStopped: false, CurrentTurn: not null } game
            ? GameViews.StateFor(game, viewer, clock.GetUtcNow())
            : null;
}
