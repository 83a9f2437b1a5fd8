using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class RoomClosedIntegrationEventHandler(IChatRepository chats) : INotificationHandler<RoomClosedIntegrationEvent>
{
    public Task Handle(RoomClosedIntegrationEvent e, CancellationToken cancellationToken) => chats.RemoveAsync(e.RoomId, cancellationToken);
}
