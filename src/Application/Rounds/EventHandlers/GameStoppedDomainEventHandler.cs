using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds.Events;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rounds.EventHandlers;

internal sealed class GameStoppedDomainEventHandler(IRoundsNotifier notifier, GameAudience audience, ILogger<GameStoppedDomainEventHandler> logger) : IRoomEventHandler<GameStoppedDomainEvent>
{
    public async Task Handle(GameStoppedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.GameAsync(cancellationToken) is not { } game) return;
        logger.LogInformation("Game {GameId} stopped in room {RoomId}: not enough players", game.Id, game.RoomId);
        var everyone = await audience.EveryoneAsync(room, game, cancellationToken);
        room.AfterCommit(() => notifier.GameStopped(everyone, new GameStoppedDto("notEnoughPlayers")));
        room.Publish(new GameEndedIntegrationEvent(game.RoomId, game.Id, Finished: false));
    }
}
