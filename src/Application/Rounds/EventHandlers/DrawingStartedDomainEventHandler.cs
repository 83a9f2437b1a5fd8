using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class DrawingStartedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience, TimeProvider clock) : IRoomEventHandler<DrawingStartedDomainEvent>
{
    public async Task Handle(DrawingStartedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.AtTurnAsync(e.TurnId, cancellationToken) is not (var game, var turn)) return;
        var now = clock.GetUtcNow();
        var views = (await audience.EveryoneAsync(room, game, cancellationToken)).Select(player => (player, GameViews.DrawingStarted(game, turn, player, now))).ToArray();
        room.AfterCommit(async () =>
        {
            foreach (var (player, view) in views) await notifier.DrawingStarted(player, view);
        });
    }
}
