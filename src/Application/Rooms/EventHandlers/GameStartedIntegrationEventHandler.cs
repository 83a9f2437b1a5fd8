using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;

namespace DrawGuess.Application.Rooms.EventHandlers;

/// <summary>A game runs in the room: its settings are fixed and nobody else may start one until it ends.</summary>
internal sealed class GameStartedIntegrationEventHandler : IRoomEventHandler<GameStartedIntegrationEvent>
{
    public async Task Handle(GameStartedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RoomAsync(cancellationToken))?.MarkPlaying();
}
