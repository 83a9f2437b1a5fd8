using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rooms.Events;

namespace DrawGuess.Application.Rooms.EventHandlers;

internal sealed class PlayerConnectionChangedDomainEventHandler(RoomBroadcasts broadcasts) : IRoomEventHandler<PlayerConnectionChangedDomainEvent>
{
    public async Task Handle(PlayerConnectionChangedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var changed = await room.RequireRoomAsync(cancellationToken);
        broadcasts.Changed(room, changed, changed.Settings.IsPublic);
        room.Publish(new PlayerConnectionChangedIntegrationEvent(room.RoomId, e.PlayerId, e.Connected));
    }
}
