using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.StartWatching;

internal sealed class StartWatchingCommandHandler(RoomAdmission admission) : IRoomCommandHandler<StartWatchingCommand, Unit>
{
    public Task<Unit> Handle(StartWatchingCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        admission.AdmitAsync(room, request.PlayerId, request.RoomIdOrCode, watched => watched.Watch(request.PlayerId, request.Name), cancellationToken);
}
