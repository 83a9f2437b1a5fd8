using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;

internal sealed class GetRoomSnapshotQueryHandler(IPlayerSessionStore sessions, IRoomRepository rooms, IRoomLocks locks, RoomSnapshots snapshots)
    : IRequestHandler<GetRoomSnapshotQuery, RoomSnapshotDto>
{
    public async Task<RoomSnapshotDto> Handle(GetRoomSnapshotQuery request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.RequireAsync(roomId, cancellationToken);
        // The session names the room before its lock is held; a player kicked meanwhile is no longer in it.
        if (!room.IsMember(caller.PlayerId)) throw new GameRuleException(ErrorCodes.NotInRoom, "Join a room first.");
        return await snapshots.For(room, caller.PlayerId, cancellationToken);
    }
}
