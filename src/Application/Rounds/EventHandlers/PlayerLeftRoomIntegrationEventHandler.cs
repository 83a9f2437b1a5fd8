using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Keeps a running game's players in step with the room. Runs under the room's lock of the publisher.</summary>
internal sealed class PlayerLeftRoomIntegrationEventHandler(IGameRepository games, TimeProvider clock, GameEventDispatcher dispatcher)
    : INotificationHandler<PlayerLeftRoomIntegrationEvent>
{
    public async Task Handle(PlayerLeftRoomIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (await games.FindAsync(notification.RoomId, cancellationToken) is not { IsRunning: true } game) return;
        game.RemoveParticipant(notification.PlayerId, clock.GetUtcNow());
        await dispatcher.CommitAsync(game, cancellationToken);
    }
}
