using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Rooms;
using MediatR;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rooms.Commands.ExpireSeat;

internal sealed class ExpireSeatCommandHandler(ICommandScheduler scheduler, TimeProvider clock, IOptions<RoomsOptions> options)
    : IRoomCommandHandler<ExpireSeatCommand, Unit>
{
    public async Task<Unit> Handle(ExpireSeatCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var seated = await room.RoomAsync(cancellationToken);
        if (seated?.FindPresent(request.PlayerId) is not { Connected: false, DisconnectedAt: { } since }) return Unit.Value;
        var heldUntil = since + options.Value.SeatHold;
        if (clock.GetUtcNow() < heldUntil)
        {
            // Fired before the hold is over (a timer a little early, another instance's clock, a stale
            // duplicate after a reconnect and a new drop): this seat still needs its timer.
            await scheduler.ScheduleAsync(SeatTimer.Key(room.RoomId, request.PlayerId), heldUntil, request);
            return Unit.Value;
        }
        seated.Leave(request.PlayerId, DepartureReason.TimedOut);
        return Unit.Value;
    }
}
