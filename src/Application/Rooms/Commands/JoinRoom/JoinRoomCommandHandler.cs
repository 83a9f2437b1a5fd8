using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.TakeSeat;
using DrawGuess.Application.Rooms.Commands.VacateSeat;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.JoinRoom;

/// <summary>Leaves the caller's other room, takes a seat in this one and returns its snapshot: room commands one after another.</summary>
internal sealed class JoinRoomCommandHandler(IPlayerSessions sessions, IRoomRepository rooms, ILobbySubscriptions lobby, IMediator mediator)
    : IRequestHandler<JoinRoomCommand, RoomSnapshotDto>
{
    public async Task<RoomSnapshotDto> Handle(JoinRoomCommand request, CancellationToken cancellationToken)
    {
        var caller = await sessions.RequireCallerAsync(request.ConnectionId);
        var roomId = (await rooms.FindByIdOrCodeAsync(request.RoomIdOrCode!, caller.PlayerId, cancellationToken)).Id;
        if (caller.RoomId is { } currentRoom && currentRoom != roomId)
            await mediator.Send(new VacateSeatCommand(currentRoom, caller.PlayerId), cancellationToken);
        await mediator.Send(new TakeSeatCommand(roomId, caller.PlayerId, caller.Name, request.RoomIdOrCode!), cancellationToken);
        await lobby.UnwatchAsync(request.ConnectionId);
        return await mediator.Send(new GetRoomSnapshotQuery(request.ConnectionId), cancellationToken);
    }
}
