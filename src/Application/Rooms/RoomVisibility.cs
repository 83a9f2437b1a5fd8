using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;

namespace DrawGuess.Application.Rooms;

internal sealed class RoomVisibility : IRoomVisibility
{
    public async Task<bool> IsPublicAsync(IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RoomAsync(cancellationToken))?.Settings.IsPublic ?? false;
}
