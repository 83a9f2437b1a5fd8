using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>A running game applies its rules to a player's connection coming or going; the room already says which.</summary>
internal sealed class PlayerConnectionChangedIntegrationEventHandler(GameAudience audience, TimeProvider clock) : IRoomEventHandler<PlayerConnectionChangedIntegrationEvent>
{
    public async Task Handle(PlayerConnectionChangedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.RunningGameAsync(cancellationToken) is { } game)
            game.PresenceChanged(e.PlayerId, await audience.PresenceAsync(room, cancellationToken), clock.GetUtcNow());
    }
}
