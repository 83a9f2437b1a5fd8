using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class GameStartedIntegrationEventHandler(SystemMessages system) : INotificationHandler<GameStartedIntegrationEvent>
{
    public Task Handle(GameStartedIntegrationEvent e, CancellationToken cancellationToken) =>
        system.PostAsync(e.RoomId, "gameStarted", "The game has started.", [], cancellationToken);
}
