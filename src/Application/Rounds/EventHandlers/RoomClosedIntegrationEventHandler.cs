using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rounds;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>The room is gone: so are its game and timer.</summary>
internal sealed class RoomClosedIntegrationEventHandler : IRoomEventHandler<RoomClosedIntegrationEvent>
{
    public Task Handle(RoomClosedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        room.Remove<Game>();
        return Task.CompletedTask;
    }
}
