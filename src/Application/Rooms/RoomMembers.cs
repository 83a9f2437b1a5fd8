using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;

namespace DrawGuess.Application.Rooms;

internal sealed class RoomMembers : IRoomMembers
{
    public async Task<IReadOnlyList<RoomMemberView>> InAsync(IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RoomAsync(cancellationToken))?.Members.Select(m => new RoomMemberView(m.PlayerId, m.Name)).ToArray() ?? [];
}
