using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.SharedKernel;

/// <summary>The players of a room with their names in that room, for modules that need to address all of them.</summary>
public interface IRoomMembers
{
    Task<IReadOnlyList<RoomMemberView>> InAsync(IRoomUnitOfWork room, CancellationToken cancellationToken);
}

public sealed record RoomMemberView(PlayerId PlayerId, string Name);
