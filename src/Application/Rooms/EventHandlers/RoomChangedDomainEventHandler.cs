using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Rooms.Events;

namespace DrawGuess.Application.Rooms.EventHandlers;

internal sealed class RoomChangedDomainEventHandler(RoomBroadcasts broadcasts) : IRoomEventHandler<RoomChangedDomainEvent>
{
    public async Task Handle(RoomChangedDomainEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        broadcasts.Changed(room, await room.RequireRoomAsync(cancellationToken), e.WasPublic);
}
