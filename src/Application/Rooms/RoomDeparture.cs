using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms;

/// <summary>What happens after a player is out of a room, whatever the reason.</summary>
internal sealed class RoomDeparture(
    IRoomRepository rooms,
    IPlayerSessionStore sessions,
    IRoomLocks locks,
    IMediator mediator,
    RoomBroadcaster broadcaster,
    ICommandScheduler scheduler)
{
    public static string SeatTimerKey(RoomId roomId, PlayerId playerId) => $"seat:{roomId}:{playerId}";

    /// <summary>Takes the room's lock and removes the player, if they are still in it.</summary>
    public async Task LeaveAsync(PlayerId playerId, RoomId roomId, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.FindAsync(roomId, cancellationToken);
        if (room?.FindMember(playerId) is not { } member)
        {
            await sessions.SetRoomAsync(playerId, null);
            return;
        }
        room.Leave(playerId);
        await CompletedAsync(room, playerId, member.Name, LeaveReason.Left, cancellationToken);
    }

    /// <summary>Call with the room's lock held, after the room aggregate removed the player.</summary>
    public async Task CompletedAsync(Room room, PlayerId playerId, string name, LeaveReason reason, CancellationToken cancellationToken)
    {
        if ((await sessions.FindSessionAsync(playerId))?.RoomId == room.Id) await sessions.SetRoomAsync(playerId, null);
        await scheduler.CancelAsync(SeatTimerKey(room.Id, playerId));
        await mediator.Publish(new PlayerLeftRoomIntegrationEvent(room.Id, playerId, name, reason), cancellationToken);
        if (room.IsEmpty)
        {
            await rooms.RemoveAsync(room.Id, cancellationToken);
            await mediator.Publish(new RoomClosedIntegrationEvent(room.Id), cancellationToken);
            await broadcaster.RoomClosed(room);
            return;
        }
        await rooms.SaveAsync(room, cancellationToken);
        await broadcaster.RoomChanged(room);
    }
}
