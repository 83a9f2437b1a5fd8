using DrawGuess.Application.Rooms.Sessions;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.LeaveRoom;

internal sealed class LeaveRoomCommandHandler(IPlayerSessionStore sessions, RoomDeparture departure) : IRequestHandler<LeaveRoomCommand, Unit>
{
    public async Task<Unit> Handle(LeaveRoomCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        await departure.LeaveAsync(caller.PlayerId, roomId, cancellationToken);
        return Unit.Value;
    }
}
