using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Rooms.EventHandlers;

/// <summary>The room is open for settings changes and a new game again.</summary>
internal sealed class GameEndedIntegrationEventHandler : IRoomEventHandler<GameEndedIntegrationEvent>
{
    public async Task Handle(GameEndedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RoomAsync(cancellationToken))?.MarkWaiting();
}
