using DrawGuess.Application.Common.UnitOfWork;

namespace DrawGuess.Application.Rooms.Contracts;

/// <summary>Whether a room is listed in the lobby, for modules that may list what happens in it.</summary>
public interface IRoomVisibility
{
    /// <summary>False for a private room and for a room that no longer exists.</summary>
    Task<bool> IsPublicAsync(IRoomUnitOfWork room, CancellationToken cancellationToken);
}
