using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.AdvanceGame;

internal sealed class AdvanceGameCommandHandler(GameAudience audience, TimeProvider clock, IRandomSource random) : IRoomCommandHandler<AdvanceGameCommand, Unit>
{
    public async Task<Unit> Handle(AdvanceGameCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.RunningGameAsync(cancellationToken) is { } game && game.CurrentTurn?.Id == request.TurnId)
            game.Advance(clock.GetUtcNow(), random, await audience.PresenceAsync(room, cancellationToken));
        return Unit.Value;
    }
}
