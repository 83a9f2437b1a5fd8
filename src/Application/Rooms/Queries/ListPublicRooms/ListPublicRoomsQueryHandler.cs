using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.ListPublicRooms;

internal sealed class ListPublicRoomsQueryHandler(IRoomRepository rooms) : IRequestHandler<ListPublicRoomsQuery, IReadOnlyList<RoomSummaryDto>>
{
    public Task<IReadOnlyList<RoomSummaryDto>> Handle(ListPublicRoomsQuery request, CancellationToken cancellationToken) =>
        PublicRooms.ListAsync(rooms, cancellationToken);
}
