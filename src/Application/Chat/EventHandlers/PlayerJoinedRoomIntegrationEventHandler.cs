using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class PlayerJoinedRoomIntegrationEventHandler(SystemMessages system) : INotificationHandler<PlayerJoinedRoomIntegrationEvent>
{
    public Task Handle(PlayerJoinedRoomIntegrationEvent e, CancellationToken cancellationToken) =>
        system.PostAsync(e.RoomId, "playerJoined", $"{e.Name} joined the room.", [e.Name], cancellationToken);
}
