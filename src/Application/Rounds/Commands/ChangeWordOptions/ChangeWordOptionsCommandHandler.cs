using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ChangeWordOptions;

internal sealed class ChangeWordOptionsCommandHandler(GameAudience audience) : IRoomCommandHandler<ChangeWordOptionsCommand, Unit>
{
    public async Task<Unit> Handle(ChangeWordOptionsCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var game = await audience.GameOfPlayerAsync(room, room.Caller.PlayerId, cancellationToken);
        game.ChangeWordOptions(room.Caller.PlayerId);
        return Unit.Value;
    }
}
