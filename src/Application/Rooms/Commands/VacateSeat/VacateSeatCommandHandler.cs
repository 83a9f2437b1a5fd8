using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Players.Sessions;
using DrawGuess.Domain.Rooms;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.VacateSeat;

internal sealed class VacateSeatCommandHandler(IPlayerSessionStore sessions) : IRoomCommandHandler<VacateSeatCommand, Unit>
{
    public async Task<Unit> Handle(VacateSeatCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if ((await room.RoomAsync(cancellationToken)) is { } seated && seated.IsMember(request.PlayerId))
            seated.Leave(request.PlayerId, DepartureReason.Left);
        else
            await sessions.SetRoomAsync(request.PlayerId, null);
        return Unit.Value;
    }
}
