using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.ChooseWord;

internal sealed class ChooseWordCommandHandler(GameAudience audience, TimeProvider clock, IRandomSource random) : IRoomCommandHandler<ChooseWordCommand, Unit>
{
    public async Task<Unit> Handle(ChooseWordCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var game = await audience.GameOfPlayerAsync(room, room.Caller.PlayerId, cancellationToken);
        game.ChooseWord(room.Caller.PlayerId, request.Index, clock.GetUtcNow(), random, await audience.PresenceAsync(room, cancellationToken));
        return Unit.Value;
    }
}
