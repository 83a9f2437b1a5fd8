using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Only the drawer learns of other words; the others keep waiting for the drawing to start.</summary>
internal sealed class WordOptionsChangedDomainEventHandler(IRoundsNotifier notifier, TimeProvider clock) : IRoomEventHandler<WordOptionsChangedDomainEvent>
{
    public async Task Handle(WordOptionsChangedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.AtTurnAsync(e.TurnId, cancellationToken) is not (var game, var turn)) return;
        var options = GameViews.WordOptions(game, turn, clock.GetUtcNow());
        room.AfterCommit(() => notifier.WordOptions(turn.DrawerId, options));
    }
}
