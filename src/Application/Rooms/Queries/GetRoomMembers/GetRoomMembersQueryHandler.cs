using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Queries.GetRoomMembers;

internal sealed class GetRoomMembersQueryHandler(IRoomRepository rooms) : IRequestHandler<GetRoomMembersQuery, IReadOnlyList<RoomMemberView>>
{
    public async Task<IReadOnlyList<RoomMemberView>> Handle(GetRoomMembersQuery request, CancellationToken cancellationToken) =>
        (await rooms.FindAsync(request.RoomId, cancellationToken))?.Members.Select(m => new RoomMemberView(m.PlayerId, m.Name)).ToArray() ?? [];
}
