using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.ReturnToSeat;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.ResumeSession;

/// <summary>Players binds the connection to the identity; Rooms gives the player back their seat and the room as it is.</summary>
internal sealed class ResumeSessionCommandHandler(IPlayerPresence presence, ILobbySubscriptions lobby, IMediator mediator)
    : IRequestHandler<ResumeSessionCommand, ResumeDto>
{
    public async Task<ResumeDto> Handle(ResumeSessionCommand request, CancellationToken cancellationToken)
    {
        var (player, replaced) = await presence.ResumeAsync(request.ConnectionId, request.ResumeToken!);
        if (replaced is not null) await lobby.UnwatchAsync(replaced);
        if (player.RoomId is not { } roomId || !await mediator.Send(new ReturnToSeatCommand(roomId, player.PlayerId), cancellationToken))
            return new ResumeDto(player.PlayerId.ToString(), player.Name, null);
        return new ResumeDto(player.PlayerId.ToString(), player.Name, await mediator.Send(new GetRoomSnapshotQuery(request.ConnectionId), cancellationToken));
    }
}
