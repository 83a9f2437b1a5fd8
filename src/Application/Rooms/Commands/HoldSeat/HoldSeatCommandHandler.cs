using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Commands.ExpireSeat;
using MediatR;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rooms.Commands.HoldSeat;

internal sealed class HoldSeatCommandHandler(ICommandScheduler scheduler, TimeProvider clock, IOptions<RoomsOptions> options)
    : IRoomCommandHandler<HoldSeatCommand, Unit>
{
    public async Task<Unit> Handle(HoldSeatCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var seated = await room.RoomAsync(cancellationToken);
        if (seated?.FindPresent(request.PlayerId) is not { Connected: true }) return Unit.Value;
        var now = clock.GetUtcNow();
        seated.MarkDisconnected(request.PlayerId, now);
        await scheduler.ScheduleAsync(SeatTimer.Key(room.RoomId, request.PlayerId), now + options.Value.SeatHold,
            new ExpireSeatCommand(room.RoomId, request.PlayerId));
        return Unit.Value;
    }
}
