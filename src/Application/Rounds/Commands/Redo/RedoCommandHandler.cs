using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Redo;

internal sealed class RedoCommandHandler(CanvasRelay relay) : IRoomCommandHandler<RedoCommand, Unit>
{
    public async Task<Unit> Handle(RedoCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        await relay.ApplyAsync(room, (game, drawer, now) =>
        {
            game.Redo(drawer, request.StrokeId, now);
            return new CanvasOpDto("redo", request.StrokeId, null, null, null, null, null, null, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
