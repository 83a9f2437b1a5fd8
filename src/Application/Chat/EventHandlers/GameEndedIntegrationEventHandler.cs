using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class GameEndedIntegrationEventHandler(SystemMessages system) : IRoomEventHandler<GameEndedIntegrationEvent>
{
    public Task Handle(GameEndedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) => e.Finished
        ? system.PostAsync(room, "gameOver", "The game is over.", [], cancellationToken)
        : system.PostAsync(room, "gameStopped", "The game stopped: not enough players.", [], cancellationToken);
}
