using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Fill;

internal sealed class FillCommandHandler(CanvasRelay relay) : IRoomCommandHandler<FillCommand, Unit>
{
    public async Task<Unit> Handle(FillCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var fill = request.Fill!;
        await relay.ApplyAsync(room, (game, drawer, now) =>
        {
            game.Fill(drawer, fill.StrokeId, fill.X, fill.Y, fill.Color, now);
            return new CanvasOpDto("fill", fill.StrokeId, null, fill.Color, null, null, fill.X, fill.Y, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
