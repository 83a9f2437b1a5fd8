using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>The room is gone: so are its game and timer.</summary>
internal sealed class RoomClosedIntegrationEventHandler(IGameRepository games, ICommandScheduler scheduler)
    : INotificationHandler<RoomClosedIntegrationEvent>
{
    public async Task Handle(RoomClosedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        await scheduler.CancelAsync(GameEventDispatcher.TimerKey(notification.RoomId));
        await games.RemoveAsync(notification.RoomId, cancellationToken);
    }
}
