using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.WatchLobby;

internal sealed class WatchLobbyCommandHandler(IPlayerSessions sessions, IRoomRepository rooms, ILobbySubscriptions lobby)
    : IRequestHandler<WatchLobbyCommand, IReadOnlyList<RoomSummaryDto>>
{
    public async Task<IReadOnlyList<RoomSummaryDto>> Handle(WatchLobbyCommand request, CancellationToken cancellationToken)
    {
        await sessions.RequireCallerAsync(request.ConnectionId);
        await lobby.WatchAsync(request.ConnectionId);
        return await PublicRooms.ListAsync(rooms, cancellationToken);
    }
}
