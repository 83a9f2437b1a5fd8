using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.GetRoom;

internal sealed class GetRoomQueryHandler(IRoomRepository rooms) : IRequestHandler<GetRoomQuery, PublicRoomDto>
{
    public async Task<PublicRoomDto> Handle(GetRoomQuery request, CancellationToken cancellationToken) =>
        RoomViews.ToPublic(await rooms.FindByIdOrCodeAsync(request.RoomIdOrCode!, asker: null, cancellationToken));
}
