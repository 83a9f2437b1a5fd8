using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.RateDrawing;

internal sealed class RateDrawingCommandHandler(GameAudience audience) : IRoomCommandHandler<RateDrawingCommand, Unit>
{
    public async Task<Unit> Handle(RateDrawingCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        await audience.RefuseSpectatorAsync(room, room.Caller.PlayerId, cancellationToken);
        var game = await room.RequireRunningGameAsync(cancellationToken);
        game.RateDrawing(room.Caller.PlayerId, request.TurnId, DrawingRatings.Parse(request.Rating)!.Value);
        return Unit.Value;
    }
}
