using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ClearCanvas;

internal sealed class ClearCanvasCommandHandler(CanvasRelay relay) : IRoomCommandHandler<ClearCanvasCommand, Unit>
{
    public async Task<Unit> Handle(ClearCanvasCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        await relay.ApplyAsync(room, (game, drawer, now) =>
        {
            game.Clear(drawer, request.StrokeId, now);
            return new CanvasOpDto("clear", request.StrokeId, null, null, null, null, null, null, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
