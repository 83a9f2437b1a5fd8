using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class HintRevealedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience) : IRoomEventHandler<HintRevealedDomainEvent>
{
    public async Task Handle(HintRevealedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.AtTurnAsync(e.TurnId, cancellationToken) is not (var game, var turn)) return;
        var guessers = (await audience.EveryoneAsync(room, game, cancellationToken)).Where(p => !game.KnowsWord(p)).ToArray();
        var hint = new HintUpdatedDto(turn.Id, turn.Hint);
        room.AfterCommit(() => notifier.HintUpdated(guessers, hint));
    }
}
