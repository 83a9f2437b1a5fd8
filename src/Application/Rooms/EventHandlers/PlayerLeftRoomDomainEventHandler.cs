using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rooms.Events;

namespace DrawGuess.Application.Rooms.EventHandlers;

/// <summary>What follows a player's departure, whatever its reason; the last one out closes the room, and its spectators stop watching.</summary>
internal sealed class PlayerLeftRoomDomainEventHandler(
    IPlayerSessions sessions, IPlayerPresence presence, ICommandScheduler scheduler, IRoomsNotifier notifier, RoomBroadcasts broadcasts)
    : IRoomEventHandler<PlayerLeftRoomDomainEvent>
{
    public async Task Handle(PlayerLeftRoomDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var left = await room.RequireRoomAsync(cancellationToken);
        if (e.Reason is DepartureReason.Kicked or DepartureReason.VoteKicked)
        {
            var kicked = new KickedDto(room.RoomId.ToString(), ByVote: e.Reason == DepartureReason.VoteKicked);
            room.AfterCommit(() => notifier.Kicked(e.PlayerId, kicked));
        }
        if ((await sessions.FindAsync(e.PlayerId))?.RoomId == room.RoomId) await presence.SetRoomAsync(e.PlayerId, null);
        await scheduler.CancelAsync(SeatTimer.Key(room.RoomId, e.PlayerId));
        room.Publish(new PlayerLeftRoomIntegrationEvent(room.RoomId, e.PlayerId, e.Name, Reason(e.Reason)));
        if (!left.IsEmpty)
        {
            broadcasts.Changed(room, left, left.Settings.IsPublic);
            return;
        }
        var spectators = left.Spectators.Select(s => s.PlayerId).ToArray();
        foreach (var spectator in spectators)
        {
            if ((await sessions.FindAsync(spectator))?.RoomId == room.RoomId) await presence.SetRoomAsync(spectator, null);
            await scheduler.CancelAsync(SeatTimer.Key(room.RoomId, spectator));
        }
        room.Remove<Room>();
        room.Publish(new RoomClosedIntegrationEvent(room.RoomId));
        broadcasts.Closed(room, left, spectators);
    }

    private static LeaveReason Reason(DepartureReason reason) => reason switch
    {
        DepartureReason.Kicked => LeaveReason.Kicked,
        DepartureReason.VoteKicked => LeaveReason.VoteKicked,
        DepartureReason.TimedOut => LeaveReason.TimedOut,
        _ => LeaveReason.Left,
    };
}
