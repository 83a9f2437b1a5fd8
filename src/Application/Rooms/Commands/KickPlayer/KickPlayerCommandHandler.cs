using DrawGuess.Application.Common;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.KickPlayer;

internal sealed class KickPlayerCommandHandler(
    IPlayerSessionStore sessions, IRoomRepository rooms, IRoomLocks locks, IRoomsNotifier notifier, RoomDeparture departure)
    : IRequestHandler<KickPlayerCommand, Unit>
{
    public async Task<Unit> Handle(KickPlayerCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        var targetId = PlayerIds.Parse(request.PlayerId!);
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.RequireAsync(roomId, cancellationToken);
        var target = room.GetMember(targetId);
        room.Kick(caller.PlayerId, targetId);
        await notifier.Kicked(targetId, new KickedDto(roomId.ToString(), ByVote: false));
        await departure.CompletedAsync(room, targetId, target.Name, LeaveReason.Kicked, cancellationToken);
        return Unit.Value;
    }
}
