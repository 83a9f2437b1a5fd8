using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rounds.Events;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class TurnStartedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience, IGameMetrics metrics, TimeProvider clock) : IRoomEventHandler<TurnStartedDomainEvent>
{
    public async Task Handle(TurnStartedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.AtTurnAsync(e.TurnId, cancellationToken) is not (var game, var turn)) return;
        metrics.TurnStarted();
        var now = clock.GetUtcNow();
        var (everyone, started, options) = (await audience.EveryoneAsync(room, game, cancellationToken), GameViews.TurnStarted(game, turn, now), GameViews.WordOptions(game, turn, now));
        room.AfterCommit(async () =>
        {
            await notifier.TurnStarted(everyone, started);
            await notifier.WordOptions(turn.DrawerId, options);
        });
        room.Publish(new TurnStartedIntegrationEvent(game.RoomId, turn.Id, started.DrawerName, turn.Round, game.Rules.Rounds, game.IsFirstTurnOfRound));
    }
}
