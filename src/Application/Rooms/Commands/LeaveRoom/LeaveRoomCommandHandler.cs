using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.VacateSeat;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.LeaveRoom;

internal sealed class LeaveRoomCommandHandler(IPlayerSessions sessions, IMediator mediator) : IRequestHandler<LeaveRoomCommand, Unit>
{
    public async Task<Unit> Handle(LeaveRoomCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        return await mediator.Send(new VacateSeatCommand(roomId, caller.PlayerId), cancellationToken);
    }
}
