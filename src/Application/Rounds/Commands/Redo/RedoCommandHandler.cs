using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Redo;

internal sealed class RedoCommandHandler(CanvasRelay relay) : IRequestHandler<RedoCommand, Unit>
{
    public async Task<Unit> Handle(RedoCommand request, CancellationToken cancellationToken)
    {
        await relay.ApplyAsync(request.ConnectionId, (game, drawer, now) =>
        {
            game.Redo(drawer, request.StrokeId, now);
            return new CanvasOpDto("redo", request.StrokeId, null, null, null, null, null, null, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
