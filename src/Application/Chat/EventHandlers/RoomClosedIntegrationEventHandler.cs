using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Chat;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class RoomClosedIntegrationEventHandler : IRoomEventHandler<RoomClosedIntegrationEvent>
{
    public Task Handle(RoomClosedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        room.Remove<ChatLog>();
        return Task.CompletedTask;
    }
}
