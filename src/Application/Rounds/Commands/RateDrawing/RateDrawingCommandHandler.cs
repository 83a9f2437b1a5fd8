using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.RateDrawing;

internal sealed class RateDrawingCommandHandler(GameAudience audience) : IRoomCommandHandler<RateDrawingCommand, Unit>
{
    public async Task<Unit> Handle(RateDrawingCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var game = await audience.GameOfPlayerAsync(room, room.Caller.PlayerId, cancellationToken);
        game.RateDrawing(room.Caller.PlayerId, request.TurnId, DrawingRatings.Parse(request.Rating)!.Value);
        return Unit.Value;
    }
}
