using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Undo;

internal sealed class UndoCommandHandler(CanvasRelay relay) : IRoomCommandHandler<UndoCommand, Unit>
{
    public async Task<Unit> Handle(UndoCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        await relay.ApplyAsync(room, (game, drawer, now) =>
        {
            game.Undo(drawer, request.StrokeId, now);
            return new CanvasOpDto("undo", request.StrokeId, null, null, null, null, null, null, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
