using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
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
        return await snapshots.For(room, caller.PlayerId, cancellationToken);
    }
}
