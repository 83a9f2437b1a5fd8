using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.SharedKernel;

/// <summary>The players and spectators of a room, for modules that need to address all of them.</summary>
public interface IRoomMembers
{
    Task<IReadOnlyList<RoomMemberView>> InAsync(IRoomUnitOfWork room, CancellationToken cancellationToken);

    /// <summary>Who watches the room without a seat: they receive what a guesser who has not guessed receives.</summary>
    Task<IReadOnlyList<PlayerId>> SpectatorsAsync(IRoomUnitOfWork room, CancellationToken cancellationToken);

    /// <summary>Who of the room's players is connected: the one source a game's rules read (nobody when the room is gone).</summary>
    Task<IPresence> PresenceAsync(IRoomUnitOfWork room, CancellationToken cancellationToken);

    /// <summary>SPECTATOR_CANNOT_PLAY when <paramref name="playerId"/> only watches the room.</summary>
    Task RefuseSpectatorAsync(IRoomUnitOfWork room, PlayerId playerId, CancellationToken cancellationToken);
}

public sealed record RoomMemberView(PlayerId PlayerId, string Name);
