using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;

namespace DrawGuess.Application.Rooms.Commands.ReturnToSeat;

internal sealed class ReturnToSeatCommandHandler(IPlayerPresence presence, ICommandScheduler scheduler) : IRoomCommandHandler<ReturnToSeatCommand, bool>
{
    public async Task<bool> Handle(ReturnToSeatCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var seated = await room.RoomAsync(cancellationToken);
        if (seated?.FindPresent(request.PlayerId) is not { } member)
        {
            await presence.SetRoomAsync(request.PlayerId, null);
            return false;
        }
        await scheduler.CancelAsync(SeatTimer.Key(room.RoomId, request.PlayerId));
        if (!member.Connected) seated.MarkConnected(request.PlayerId);
        return true;
    }
}
