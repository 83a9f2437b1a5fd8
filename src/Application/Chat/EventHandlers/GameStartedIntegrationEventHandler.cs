using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class GameStartedIntegrationEventHandler(SystemMessages system) : IRoomEventHandler<GameStartedIntegrationEvent>
{
    public Task Handle(GameStartedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        system.PostAsync(room, "gameStarted", "The game has started.", [], cancellationToken);
}
