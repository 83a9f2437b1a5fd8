using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class PlayerJoinedRoomIntegrationEventHandler(SystemMessages system) : IRoomEventHandler<PlayerJoinedRoomIntegrationEvent>
{
    public Task Handle(PlayerJoinedRoomIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        system.PostAsync(room, "playerJoined", $"{e.Name} joined the room.", [e.Name], cancellationToken);
}
