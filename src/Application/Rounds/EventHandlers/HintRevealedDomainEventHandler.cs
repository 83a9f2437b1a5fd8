using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>
/// The hint goes to everyone: those who know the word (the drawer, players who guessed) see which of its letters
/// the others were given. The hint never shows more than half of the word's letters.
/// </summary>
internal sealed class HintRevealedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience) : IRoomEventHandler<HintRevealedDomainEvent>
{
    public async Task Handle(HintRevealedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.AtTurnAsync(e.TurnId, cancellationToken) is not (var game, var turn)) return;
        var everyone = await audience.EveryoneAsync(room, game, cancellationToken);
        var hint = new HintUpdatedDto(turn.Id, turn.Hint);
        room.AfterCommit(() => notifier.HintUpdated(everyone, hint));
    }
}
