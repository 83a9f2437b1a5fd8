using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Keeps a running game's players in step with the room. Runs under the room's lock of the publisher.</summary>
internal sealed class PlayerJoinedRoomIntegrationEventHandler(IGameRepository games, GameEventDispatcher dispatcher)
    : INotificationHandler<PlayerJoinedRoomIntegrationEvent>
{
    public async Task Handle(PlayerJoinedRoomIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (await games.FindAsync(notification.RoomId, cancellationToken) is not { IsRunning: true } game) return;
        game.AddParticipant(notification.PlayerId, notification.Name, notification.JoinOrder);
        await dispatcher.CommitAsync(game, cancellationToken);
    }
}
