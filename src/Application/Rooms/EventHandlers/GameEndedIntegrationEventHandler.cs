using DrawGuess.Application.Rounds.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.EventHandlers;

/// <summary>The room is open for settings changes and a new game again. Runs under the room's lock of the publisher.</summary>
internal sealed class GameEndedIntegrationEventHandler(IRoomRepository rooms, RoomBroadcaster broadcaster) : INotificationHandler<GameEndedIntegrationEvent>
{
    public async Task Handle(GameEndedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (await rooms.FindAsync(notification.RoomId, cancellationToken) is not { } room) return;
        room.MarkWaiting();
        await rooms.SaveAsync(room, cancellationToken);
        await broadcaster.RoomChanged(room);
    }
}
