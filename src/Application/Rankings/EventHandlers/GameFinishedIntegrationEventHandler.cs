using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rankings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rankings.EventHandlers;

/// <summary>
/// Records a finished game once, with its gallery. A failure to store it must not break the room that just finished,
/// nor lose the result: it goes to the outbox, which a background retry drains into the store.
/// </summary>
internal sealed class GameFinishedIntegrationEventHandler(
    IRankingsStore store, IResultOutbox outbox, IGalleryDrafts drafts, IRoomVisibility visibility, IOptions<GalleryOptions> galleryOptions,
    ILogger<GameFinishedIntegrationEventHandler> logger)
    : IRoomEventHandler<GameFinishedIntegrationEvent>
{
    // The room's lock is held and the podium waits for this save: an unreachable database must not stall it for a connect timeout.
    private static readonly TimeSpan SaveTimeout = TimeSpan.FromSeconds(10);

    public async Task Handle(GameFinishedIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var result = GameResult.Record(e.GameId.Value, e.RoomId.Value, e.RoomName, e.StartedAt, e.FinishedAt,
            e.Players.Select(p => new PlayerResult(p.PlayerId.Value, p.Name, p.Score, p.Rank, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived)));
        if (e.GalleryId is { } galleryId)
        {
            result.WithGallery(GameGallery.Collect(galleryId, e.GameId.Value, e.RoomName, await visibility.IsPublicAsync(room, cancellationToken),
                e.FinishedAt, galleryOptions.Value.Retention, await DrawingsAsync(e, cancellationToken)));
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(SaveTimeout);
        try
        {
            var stored = await store.SaveAsync(result, timeout.Token);
            if (!stored) logger.LogInformation("Game {GameId} result was already stored", e.GameId);
        }
        catch (Exception exception)
        {
            // Also when the caller gave up (its connection closed as the game ended): the result is still the game's.
            logger.LogWarning(exception, "Could not store the result of game {GameId} now; keeping it in the outbox", e.GameId);
            await KeepForRetryAsync(result);
        }
    }

    private async Task<IReadOnlyList<GalleryDrawing>> DrawingsAsync(GameFinishedIntegrationEvent e, CancellationToken cancellationToken)
    {
        try
        {
            var ratings = (e.Ratings ?? []).ToDictionary(r => r.TurnId);
            var guessTimes = (await drafts.ListGuessesAsync(e.GameId, cancellationToken))
                .DistinctBy(g => (g.TurnId, g.PlayerId)).ToDictionary(g => (g.TurnId, g.PlayerId), g => (int?)g.AfterMs);
            return (await drafts.ListAsync(e.GameId, cancellationToken))
                .Select(d => ratings.TryGetValue(d.TurnId, out var r) ? d with { Likes = r.Likes, Dislikes = r.Dislikes } : d)
                .Select(d => d with { Guessers = d.Guessers.Select(g => g with { AfterMs = guessTimes.GetValueOrDefault((d.TurnId, g.PlayerId)) }).ToArray() })
                .ToArray();
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Could not read the drawings of game {GameId}: its gallery is stored empty", e.GameId);
            return [];
        }
    }

    private async Task KeepForRetryAsync(GameResult result)
    {
        try
        {
            // Not the caller's token: once the save failed, keeping the result is what matters.
            await outbox.AddAsync(result, CancellationToken.None);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not keep the result of game {GameId} in the outbox: it is lost", result.GameId);
        }
    }
}
