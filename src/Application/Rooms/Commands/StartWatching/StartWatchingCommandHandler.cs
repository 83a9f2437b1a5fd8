using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.StartWatching;

internal sealed class StartWatchingCommandHandler(IPlayerPresence presence, ICommandScheduler scheduler) : IRoomCommandHandler<StartWatchingCommand, Unit>
{
    public async Task<Unit> Handle(StartWatchingCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var watched = await room.RequireRoomAsync(cancellationToken);
        // Made private (a new invite code) since it was looked up.
        if (!RoomLookup.AnswersTo(watched, request.RoomIdOrCode, request.PlayerId)) throw RoomLookup.NotFound();
        watched.Watch(request.PlayerId, request.Name);
        await presence.SetRoomAsync(request.PlayerId, room.RoomId);
        await scheduler.CancelAsync(SeatTimer.Key(room.RoomId, request.PlayerId));
        return Unit.Value;
    }
}
