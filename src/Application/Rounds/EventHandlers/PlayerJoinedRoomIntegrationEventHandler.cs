using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Keeps a running game's players in step with the room.</summary>
internal sealed class PlayerJoinedRoomIntegrationEventHandler : IRoomEventHandler<PlayerJoinedRoomIntegrationEvent>
{
    public async Task Handle(PlayerJoinedRoomIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RunningGameAsync(cancellationToken))?.AddParticipant(e.PlayerId, e.Name, e.JoinOrder);
}
