using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rounds;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.DrawStroke;

internal sealed class DrawStrokeCommandHandler(CanvasRelay relay) : IRoomCommandHandler<DrawStrokeCommand, Unit>
{
    public async Task<Unit> Handle(DrawStrokeCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var batch = request.Batch!;
        var tool = batch.Tool == "eraser" ? DrawingTool.Eraser : DrawingTool.Pen;
        await relay.ApplyAsync(room, (game, drawer, now) =>
        {
            game.DrawStroke(drawer, batch.StrokeId, tool, batch.Color, batch.Size, batch.Points!, now);
            return new CanvasOpDto("stroke", batch.StrokeId, batch.Tool, batch.Color, batch.Size, batch.Points, null, null, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
