using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rooms.Events;

namespace DrawGuess.Application.Rooms.EventHandlers;

internal sealed class SpectatorLeftDomainEventHandler(
    IPlayerSessions sessions, IPlayerPresence presence, ICommandScheduler scheduler, IRoomsNotifier notifier, RoomBroadcasts broadcasts)
    : IRoomEventHandler<SpectatorLeftDomainEvent>
{
    public async Task Handle(SpectatorLeftDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (e.Reason == DepartureReason.Kicked)
        {
            var kicked = new KickedDto(room.RoomId.ToString(), ByVote: false);
            room.AfterCommit(() => notifier.Kicked(e.PlayerId, kicked));
        }
        if ((await sessions.FindAsync(e.PlayerId))?.RoomId == room.RoomId) await presence.SetRoomAsync(e.PlayerId, null);
        await scheduler.CancelAsync(SeatTimer.Key(room.RoomId, e.PlayerId));
        var left = await room.RequireRoomAsync(cancellationToken);
        broadcasts.Changed(room, left, left.Settings.IsPublic);
    }
}
