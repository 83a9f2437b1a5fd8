using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

internal sealed class GameStateViews(TimeProvider clock, IFinishedGameGalleries galleries) : IGameStateViews
{
    public async Task<GameStateDto?> StateForAsync(IRoomUnitOfWork room, PlayerId viewer, CancellationToken cancellationToken)
    {
        if (await room.GameAsync(cancellationToken) is not { IsStopped: false, CurrentTurn: not null } game) return null;
        var galleryId = game.Phase == GamePhase.GameOver ? await galleries.FindAsync(game.RoomId, game.Id, cancellationToken) : null;
        return GameViews.StateFor(game, viewer, clock.GetUtcNow(), galleryId);
    }
}
