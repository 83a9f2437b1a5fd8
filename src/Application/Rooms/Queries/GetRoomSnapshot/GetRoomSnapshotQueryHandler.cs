using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;

namespace DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;

internal sealed class GetRoomSnapshotQueryHandler(RoomSnapshots snapshots) : IRoomCommandHandler<GetRoomSnapshotQuery, RoomSnapshotDto>
{
    public async Task<RoomSnapshotDto> Handle(GetRoomSnapshotQuery request, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        await snapshots.For(room, await room.RequireCallersRoomAsync(cancellationToken), room.Caller.PlayerId, cancellationToken);
}
