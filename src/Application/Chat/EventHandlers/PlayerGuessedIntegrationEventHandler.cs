using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class PlayerGuessedIntegrationEventHandler(SystemMessages system) : IRoomEventHandler<PlayerGuessedIntegrationEvent>
{
    public Task Handle(PlayerGuessedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        system.PostAsync(room, "playerGuessed", $"{e.Name} guessed the word!", [e.Name], cancellationToken);
}
