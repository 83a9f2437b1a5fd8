using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ClearCanvas;

internal sealed class ClearCanvasCommandHandler(CanvasRelay relay) : IRequestHandler<ClearCanvasCommand, Unit>
{
    public async Task<Unit> Handle(ClearCanvasCommand request, CancellationToken cancellationToken)
    {
        await relay.ApplyAsync(request.ConnectionId, (game, drawer, now) =>
        {
            game.Clear(drawer, request.StrokeId, now);
            return new CanvasOpDto("clear", request.StrokeId, null, null, null, null, null, null, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
