using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.VacateSeat;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rooms;

/// <summary>
/// Coming into a room by its id or invite code, seated or watching: the caller leaves their other room, a room
/// command places them (under the room's lock, with <see cref="RoomAdmission"/>), they stop watching the lobby and
/// get the room's snapshot. Room commands one after another, never nested.
/// </summary>
internal sealed class RoomEntrance(IPlayerSessions sessions, IRoomRepository rooms, ILobbySubscriptions lobby, IMediator mediator)
{
    public async Task<RoomSnapshotDto> EnterAsync(string connectionId, string roomIdOrCode,
        Func<RoomId, PlayerSessionView, IRoomCommand<Unit>> enter, CancellationToken cancellationToken)
    {
        var caller = await sessions.RequireCallerAsync(connectionId);
        var roomId = (await rooms.FindByIdOrCodeAsync(roomIdOrCode, caller.PlayerId, cancellationToken)).Id;
        if (caller.RoomId is { } currentRoom && currentRoom != roomId)
            await mediator.Send(new VacateSeatCommand(currentRoom, caller.PlayerId), cancellationToken);
        await mediator.Send(enter(roomId, caller), cancellationToken);
        await lobby.UnwatchAsync(connectionId);
        return await mediator.Send(new GetRoomSnapshotQuery(connectionId), cancellationToken);
    }
}
