using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.Fill;

internal sealed class FillCommandHandler(CanvasRelay relay) : IRequestHandler<FillCommand, Unit>
{
    public async Task<Unit> Handle(FillCommand request, CancellationToken cancellationToken)
    {
        var fill = request.Fill!;
        await relay.ApplyAsync(request.ConnectionId, (game, drawer, now) =>
        {
            game.Fill(drawer, fill.StrokeId, fill.X, fill.Y, fill.Color, now);
            return new CanvasOpDto("fill", fill.StrokeId, null, fill.Color, null, null, fill.X, fill.Y, false);
        }, cancellationToken);
        return Unit.Value;
    }
}
