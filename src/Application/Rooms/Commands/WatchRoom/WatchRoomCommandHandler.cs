using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.StartWatching;
using DrawGuess.Application.Rooms.Commands.VacateSeat;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.WatchRoom;

/// <summary>Leaves the caller's other room, starts watching this one and returns its snapshot: room commands one after another.</summary>
internal sealed class WatchRoomCommandHandler(IPlayerSessions sessions, IRoomRepository rooms, ILobbySubscriptions lobby, IMediator mediator)
    : IRequestHandler<WatchRoomCommand, RoomSnapshotDto>
{
    public async Task<RoomSnapshotDto> Handle(WatchRoomCommand request, CancellationToken cancellationToken)
    {
        var caller = await sessions.RequireCallerAsync(request.ConnectionId);
        var roomId = (await rooms.FindByIdOrCodeAsync(request.RoomIdOrCode!, caller.PlayerId, cancellationToken)).Id;
        if (caller.RoomId is { } currentRoom && currentRoom != roomId)
            await mediator.Send(new VacateSeatCommand(currentRoom, caller.PlayerId), cancellationToken);
        await mediator.Send(new StartWatchingCommand(roomId, caller.PlayerId, caller.Name, request.RoomIdOrCode!), cancellationToken);
        await lobby.UnwatchAsync(request.ConnectionId);
        return await mediator.Send(new GetRoomSnapshotQuery(request.ConnectionId), cancellationToken);
    }
}
