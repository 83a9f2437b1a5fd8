using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rankings;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rankings.EventHandlers;

/// <summary>Keeps when each correct guess came, so the gallery shows how fast each guesser was.</summary>
internal sealed class PlayerGuessedIntegrationEventHandler(IGalleryDrafts drafts, ILogger<PlayerGuessedIntegrationEventHandler> logger)
    : IRoomEventHandler<PlayerGuessedIntegrationEvent>
{
    public async Task Handle(PlayerGuessedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        try
        {
            await drafts.AppendGuessAsync(e.GameId, new GalleryGuessTime(e.TurnId, e.PlayerId.Value, (int)e.Elapsed.TotalMilliseconds), cancellationToken);
        }
        catch (Exception exception)
        {
            // The guess matters more than its time in the gallery.
            logger.LogWarning(exception, "Could not keep the guess time of turn {TurnId} of game {GameId} for its gallery", e.TurnId, e.GameId);
        }
    }
}
