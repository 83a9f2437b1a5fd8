using DrawGuess.Application.Common.Ports;
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

internal sealed class PlayerConnectionChangedIntegrationEventHandler(IGameRepository games, TimeProvider clock, GameEventDispatcher dispatcher)
    : INotificationHandler<PlayerConnectionChangedIntegrationEvent>
{
    public async Task Handle(PlayerConnectionChangedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        if (await games.FindAsync(notification.RoomId, cancellationToken) is not { IsRunning: true } game) return;
        game.SetConnected(notification.PlayerId, notification.Connected, clock.GetUtcNow());
        await dispatcher.CommitAsync(game, cancellationToken);
    }
}

internal sealed class RoomClosedIntegrationEventHandler(IGameRepository games, ICommandScheduler scheduler)
    : INotificationHandler<RoomClosedIntegrationEvent>
{
    public async Task Handle(RoomClosedIntegrationEvent notification, CancellationToken cancellationToken)
    {
        scheduler.Cancel(GameEventDispatcher.TimerKey(notification.RoomId));
        await games.RemoveAsync(notification.RoomId, cancellationToken);
    }
}
