using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Undo;

internal sealed class UndoCommandHandler(CanvasRelay relay) : IRequestHandler<UndoCommand, Unit>
{
    public async Task<Unit> Handle(UndoCommand request, CancellationToken cancellationToken)
    {
        await relay.ApplyAsync(request.ConnectionId, (game, drawer, now) =>
        {
            game.Undo(drawer, request.StrokeId, now);
            return new CanvasOpDto("undo", request.StrokeId, null, null, null, null, null, null, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
