using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class PlayerGuessedIntegrationEventHandler(SystemMessages system) : INotificationHandler<PlayerGuessedIntegrationEvent>
{
    public Task Handle(PlayerGuessedIntegrationEvent e, CancellationToken cancellationToken) =>
        system.PostAsync(e.RoomId, "playerGuessed", $"{e.Name} guessed the word!", [e.Name], cancellationToken);
}
