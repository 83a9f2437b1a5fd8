using DrawGuess.Application.Common;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.VoteKick;

internal sealed class VoteKickCommandHandler(
    IPlayerSessionStore sessions, IRoomRepository rooms, IRoomLocks locks, IRoomsNotifier notifier, RoomDeparture departure)
    : IRequestHandler<VoteKickCommand, Unit>
{
    public async Task<Unit> Handle(VoteKickCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        var targetId = PlayerIds.Parse(request.PlayerId!);
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.RequireAsync(roomId, cancellationToken);
        var target = room.GetMember(targetId);
        var vote = room.VoteKick(caller.PlayerId, targetId);
        if (!vote.Kicked)
        {
            await rooms.SaveAsync(room, cancellationToken);
            await notifier.VoteKickUpdated(room.Members.Select(m => m.PlayerId).ToArray(),
                new VoteKickDto(targetId.ToString(), vote.Votes, vote.Needed));
            return Unit.Value;
        }
        await notifier.Kicked(targetId, new KickedDto(roomId.ToString(), ByVote: true));
        await departure.CompletedAsync(room, targetId, target.Name, LeaveReason.VoteKicked, cancellationToken);
        return Unit.Value;
    }
}
