using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.Rooms;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.VacateSeat;

internal sealed class VacateSeatCommandHandler(IPlayerPresence presence) : IRoomCommandHandler<VacateSeatCommand, Unit>
{
    public async Task<Unit> Handle(VacateSeatCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if ((await room.RoomAsync(cancellationToken)) is { } seated && seated.FindPresent(request.PlayerId) is not null)
            seated.Leave(request.PlayerId, DepartureReason.Left);
        else
            await presence.SetRoomAsync(request.PlayerId, null);
        return Unit.Value;
    }
}
