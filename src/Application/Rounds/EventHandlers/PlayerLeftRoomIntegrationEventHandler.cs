using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;

namespace DrawGuess.Application.Rounds.EventHandlers;

/// <summary>Keeps a running game's players in step with the room.</summary>
internal sealed class PlayerLeftRoomIntegrationEventHandler(GameAudience audience, TimeProvider clock) : IRoomEventHandler<PlayerLeftRoomIntegrationEvent>
{
    public async Task Handle(PlayerLeftRoomIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        if (await room.RunningGameAsync(cancellationToken) is { } game)
            game.RemoveParticipant(e.PlayerId, clock.GetUtcNow(), await audience.PresenceAsync(room, cancellationToken));
    }
}
