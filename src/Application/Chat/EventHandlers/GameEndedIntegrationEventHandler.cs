using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class GameEndedIntegrationEventHandler(SystemMessages system) : INotificationHandler<GameEndedIntegrationEvent>
{
    public Task Handle(GameEndedIntegrationEvent e, CancellationToken cancellationToken) => e.Finished
        ? system.PostAsync(e.RoomId, "gameOver", "The game is over.", [], cancellationToken)
        : system.PostAsync(e.RoomId, "gameStopped", "The game stopped: not enough players.", [], cancellationToken);
}
