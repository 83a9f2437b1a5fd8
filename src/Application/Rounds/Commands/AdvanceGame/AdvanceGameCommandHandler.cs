using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.AdvanceGame;

internal sealed class AdvanceGameCommandHandler(
    IGameRepository games, IRoomLocks locks, TimeProvider clock, IRandomSource random, GameEventDispatcher dispatcher)
    : IRequestHandler<AdvanceGameCommand, Unit>
{
    public async Task<Unit> Handle(AdvanceGameCommand request, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync(request.RoomId, cancellationToken);
        if (await games.FindAsync(request.RoomId, cancellationToken) is not { IsRunning: true } game || game.CurrentTurn?.Id != request.TurnId)
            return Unit.Value;
        game.Advance(clock.GetUtcNow(), random);
        await dispatcher.CommitAsync(game, cancellationToken);
        return Unit.Value;
    }
}
