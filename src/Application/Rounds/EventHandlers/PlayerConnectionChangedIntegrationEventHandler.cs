using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Keeps a running game's players in step with the room.</summary>
internal sealed class PlayerConnectionChangedIntegrationEventHandler(TimeProvider clock) : IRoomEventHandler<PlayerConnectionChangedIntegrationEvent>
{
    public async Task Handle(PlayerConnectionChangedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken) =>
        (await room.RunningGameAsync(cancellationToken))?.SetConnected(e.PlayerId, e.Connected, clock.GetUtcNow());
}
