using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rooms;

internal sealed class RoomMembers : IRoomMembers
{
    public async Task<IReadOnlyList<RoomMemberView>> InAsync(IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RoomAsync(cancellationToken))?.Members.Select(m => new RoomMemberView(m.PlayerId, m.Name)).ToArray() ?? [];

    public async Task<IReadOnlyList<PlayerId>> SpectatorsAsync(IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RoomAsync(cancellationToken)) is { Spectators.Count: > 0 } watched ? watched.Spectators.Select(s => s.PlayerId).ToArray() : [];

    public async Task<IPresence> PresenceAsync(IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        await room.RoomAsync(cancellationToken) as IPresence ?? Nobody.Instance;

    public async Task RefuseSpectatorAsync(IRoomUnitOfWork room, PlayerId playerId, CancellationToken cancellationToken)
    {
        if (await room.RoomAsync(cancellationToken) is { } watched && watched.IsSpectator(playerId)) watched.EnsurePlayer(playerId);
    }

    private sealed class Nobody : IPresence
    {
        public static readonly Nobody Instance = new();

        public bool IsConnected(PlayerId playerId) => false;

        public DateTimeOffset? DisconnectedAt(PlayerId playerId) => null;
    }
}
