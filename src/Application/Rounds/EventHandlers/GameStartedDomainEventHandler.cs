using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rounds.Events;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class GameStartedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience, IGameMetrics metrics, TimeProvider clock, ILogger<GameStartedDomainEventHandler> logger)
    : IRoomEventHandler<GameStartedDomainEvent>
{
    public async Task Handle(GameStartedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.GameAsync(cancellationToken) is not { } game) return;
        metrics.GameStarted();
        logger.LogInformation("Game {GameId} started in room {RoomId}", game.Id, game.RoomId);
        var now = clock.GetUtcNow();
        var views = (await audience.EveryoneAsync(room, game, cancellationToken)).Select(player => (player, GameViews.StateFor(game, player, now))).ToArray();
        room.AfterCommit(async () =>
        {
            foreach (var (player, view) in views) await notifier.GameStarted(player, view);
        });
        room.Publish(new GameStartedIntegrationEvent(game.RoomId, game.Id));
    }
}
