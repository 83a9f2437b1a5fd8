using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.TakeSeat;

internal sealed class TakeSeatCommandHandler(IPlayerPresence presence, ICommandScheduler scheduler) : IRoomCommandHandler<TakeSeatCommand, Unit>
{
    public async Task<Unit> Handle(TakeSeatCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var joined = await room.RequireRoomAsync(cancellationToken);
        // Made private (a new invite code) since it was looked up.
        if (!RoomLookup.AnswersTo(joined, request.RoomIdOrCode, request.PlayerId)) throw RoomLookup.NotFound();
        joined.Join(request.PlayerId, request.Name);
        await presence.SetRoomAsync(request.PlayerId, room.RoomId);
        await scheduler.CancelAsync(SeatTimer.Key(room.RoomId, request.PlayerId));
        return Unit.Value;
    }
}
