using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rooms.Events;

namespace DrawGuess.Application.Rooms.EventHandlers;

internal sealed class PlayerJoinedRoomDomainEventHandler(RoomBroadcasts broadcasts) : IRoomEventHandler<PlayerJoinedRoomDomainEvent>
{
    public async Task Handle(PlayerJoinedRoomDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var joined = await room.RequireRoomAsync(cancellationToken);
        if (joined.FindMember(e.PlayerId) is { } member) broadcasts.Joined(room, joined, member);
        room.Publish(new PlayerJoinedRoomIntegrationEvent(room.RoomId, e.PlayerId, e.Name, e.JoinOrder));
    }
}
