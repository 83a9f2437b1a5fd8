using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Rooms.Events;

namespace DrawGuess.Application.Rooms.EventHandlers;

internal sealed class KickVoteCastDomainEventHandler(IRoomsNotifier notifier) : IRoomEventHandler<KickVoteCastDomainEvent>
{
    public async Task Handle(KickVoteCastDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var members = (await room.RequireRoomAsync(cancellationToken)).Members.Select(m => m.PlayerId).ToArray();
        var vote = new VoteKickDto(e.TargetId.ToString(), e.Votes, e.Needed);
        room.AfterCommit(() => notifier.VoteKickUpdated(members, vote));
    }
}
