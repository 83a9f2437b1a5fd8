using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.TakeSeat;

internal sealed class TakeSeatCommandHandler(RoomAdmission admission) : IRoomCommandHandler<TakeSeatCommand, Unit>
{
    public Task<Unit> Handle(TakeSeatCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        admission.AdmitAsync(room, request.PlayerId, request.RoomIdOrCode, joined => joined.Join(request.PlayerId, request.Name), cancellationToken);
}
