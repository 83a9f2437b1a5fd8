using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Commands.ExpireSeat;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using MediatR;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rooms.Commands.DisconnectPlayer;

internal sealed class DisconnectPlayerCommandHandler(
    IPlayerSessionStore sessions,
    IRoomRepository rooms,
    IRoomLocks locks,
    ILobbySubscriptions lobby,
    ICommandScheduler scheduler,
    TimeProvider clock,
    IOptions<RoomsOptions> options,
    IMediator mediator,
    RoomBroadcaster broadcaster) : IRequestHandler<DisconnectPlayerCommand, Unit>
{
    public async Task<Unit> Handle(DisconnectPlayerCommand request, CancellationToken cancellationToken)
    {
        await lobby.UnwatchAsync(request.ConnectionId);
        if (await sessions.UnbindAsync(request.ConnectionId) is not { } playerId) return Unit.Value;
        if ((await sessions.FindAsync(playerId))?.RoomId is not { } roomId) return Unit.Value;

        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.FindAsync(roomId, cancellationToken);
        if (room?.FindMember(playerId) is not { Connected: true }) return Unit.Value;
        var now = clock.GetUtcNow();
        room.MarkDisconnected(playerId, now);
        await rooms.SaveAsync(room, cancellationToken);
        await scheduler.ScheduleAsync(RoomDeparture.SeatTimerKey(roomId, playerId), now + options.Value.SeatHold, new ExpireSeatCommand(roomId, playerId));
        await mediator.Publish(new PlayerConnectionChangedIntegrationEvent(roomId, playerId, false), cancellationToken);
        await broadcaster.RoomChanged(room);
        return Unit.Value;
    }
}
