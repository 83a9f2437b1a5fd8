using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rooms.Commands.ExpireSeat;

internal sealed class ExpireSeatCommandHandler(
    IRoomRepository rooms, IRoomLocks locks, ICommandScheduler scheduler, TimeProvider clock, IOptions<RoomsOptions> options, RoomDeparture departure)
    : IRequestHandler<ExpireSeatCommand, Unit>
{
    public async Task<Unit> Handle(ExpireSeatCommand request, CancellationToken cancellationToken)
    {
        using var _ = await locks.AcquireAsync(request.RoomId, cancellationToken);
        var room = await rooms.FindAsync(request.RoomId, cancellationToken);
        if (room?.FindMember(request.PlayerId) is not { Connected: false, DisconnectedAt: { } since } member) return Unit.Value;
        var heldUntil = since + options.Value.SeatHold;
        if (clock.GetUtcNow() < heldUntil)
        {
            // Fired before the hold is over (a timer a little early, another instance's clock, a stale
            // duplicate after a reconnect and a new drop): this seat still needs its timer.
            await scheduler.ScheduleAsync(RoomDeparture.SeatTimerKey(room.Id, request.PlayerId), heldUntil, request);
            return Unit.Value;
        }
        room.Leave(request.PlayerId);
        await departure.CompletedAsync(room, request.PlayerId, member.Name, LeaveReason.TimedOut, cancellationToken);
        return Unit.Value;
    }
}
