using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rankings.EventHandlers;

/// <summary>A game stopped for lack of players has no gallery: its drawings are dropped (a finished game's were taken already).</summary>
internal sealed class GameEndedIntegrationEventHandler(IGalleryDrafts drafts, ILogger<GameEndedIntegrationEventHandler> logger)
    : IRoomEventHandler<GameEndedIntegrationEvent>
{
    public async Task Handle(GameEndedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        try
        {
            await drafts.RemoveAsync(e.GameId, cancellationToken);
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not drop the drawings of game {GameId}; they expire with the live state", e.GameId);
        }
    }
}
