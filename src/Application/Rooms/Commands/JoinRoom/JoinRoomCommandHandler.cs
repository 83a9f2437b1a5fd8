using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.JoinRoom;

internal sealed class JoinRoomCommandHandler(
    IPlayerSessionStore sessions,
    IRoomRepository rooms,
    IRoomLocks locks,
    ILobbySubscriptions lobby,
    ICommandScheduler scheduler,
    IMediator mediator,
    RoomDeparture departure,
    RoomBroadcaster broadcaster,
    RoomSnapshots snapshots) : IRequestHandler<JoinRoomCommand, RoomSnapshotDto>
{
    public async Task<RoomSnapshotDto> Handle(JoinRoomCommand request, CancellationToken cancellationToken)
    {
        var caller = await sessions.RequireCallerAsync(request.ConnectionId);
        var roomId = (await rooms.FindByIdOrCodeAsync(request.RoomIdOrCode!, caller.PlayerId, cancellationToken)).Id;
        if (caller.RoomId is { } currentRoom && currentRoom != roomId)
            await departure.LeaveAsync(caller.PlayerId, currentRoom, cancellationToken);

        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.RequireAsync(roomId, cancellationToken);
        // Made private (a new invite code) since it was looked up.
        if (!RoomLookup.AnswersTo(room, request.RoomIdOrCode!, caller.PlayerId)) throw RoomLookup.NotFound();
        var wasConnected = room.FindMember(caller.PlayerId)?.Connected;
        var (member, isNew) = room.Join(caller.PlayerId, caller.Name);
        await sessions.SetRoomAsync(caller.PlayerId, room.Id);
        await scheduler.CancelAsync(RoomDeparture.SeatTimerKey(room.Id, caller.PlayerId));
        await lobby.UnwatchAsync(request.ConnectionId);
        var seatChanged = isNew || wasConnected == false;
        if (!seatChanged) return await snapshots.For(room, caller.PlayerId, cancellationToken);

        await rooms.SaveAsync(room, cancellationToken);
        if (isNew)
        {
            await mediator.Publish(new PlayerJoinedRoomIntegrationEvent(room.Id, member.PlayerId, member.Name, member.JoinOrder), cancellationToken);
            await broadcaster.PlayerJoined(room, member);
            return await snapshots.For(room, caller.PlayerId, cancellationToken);
        }
        await mediator.Publish(new PlayerConnectionChangedIntegrationEvent(room.Id, member.PlayerId, true), cancellationToken);
        var sent = await broadcaster.RoomChanged(room);
        return await snapshots.For(room.Id, sent.For(caller.PlayerId), caller.PlayerId, cancellationToken);
    }
}
