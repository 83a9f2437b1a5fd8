using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ChangeWordOptions;

internal sealed class ChangeWordOptionsCommandHandler(GameAudience audience) : IRoomCommandHandler<ChangeWordOptionsCommand, Unit>
{
    public async Task<Unit> Handle(ChangeWordOptionsCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        await audience.RefuseSpectatorAsync(room, room.Caller.PlayerId, cancellationToken);
        var game = await room.RequireRunningGameAsync(cancellationToken);
        game.ChangeWordOptions(room.Caller.PlayerId);
        return Unit.Value;
    }
}
