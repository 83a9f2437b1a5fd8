using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.RateDrawing;

internal sealed class RateDrawingCommandHandler : IRoomCommandHandler<RateDrawingCommand, Unit>
{
    public async Task<Unit> Handle(RateDrawingCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var game = await room.RequireRunningGameAsync(cancellationToken);
        game.RateDrawing(room.Caller.PlayerId, request.TurnId, DrawingRatings.Parse(request.Rating)!.Value);
        return Unit.Value;
    }
}
