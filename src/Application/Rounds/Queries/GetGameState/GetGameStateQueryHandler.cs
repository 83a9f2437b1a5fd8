using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Queries.GetGameState;

internal sealed class GetGameStateQueryHandler(IGameRepository games, TimeProvider clock) : IRequestHandler<GetGameStateQuery, GameStateDto?>
{
    public async Task<GameStateDto?> Handle(GetGameStateQuery request, CancellationToken cancellationToken) =>
        await games.FindAsync(request.RoomId, cancellationToken) is { IsStopped: false, CurrentTurn: not null } game
            ? GameViews.StateFor(game, request.ViewerId, clock.GetUtcNow())
            : null;
}
