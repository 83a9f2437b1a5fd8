using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rankings;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Rankings.EventHandlers;

/// <summary>Records a finished game once; a failure to store it must not break the room that just finished.</summary>
internal sealed class GameFinishedIntegrationEventHandler(IRankingsStore store, ILogger<GameFinishedIntegrationEventHandler> logger)
    : INotificationHandler<GameFinishedIntegrationEvent>
{
    public async Task Handle(GameFinishedIntegrationEvent e, CancellationToken cancellationToken)
    {
        var result = GameResult.Record(e.GameId.Value, e.RoomId.Value, e.RoomName, e.StartedAt, e.FinishedAt,
            e.Players.Select(p => new PlayerResult(p.PlayerId.Value, p.Name, p.Score, p.Rank, p.TurnsDrawn, p.CorrectGuesses)));
        try
        {
            var stored = await store.SaveAsync(result, cancellationToken);
            if (!stored) logger.LogInformation("Game {GameId} result was already stored", e.GameId);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not store the result of game {GameId}", e.GameId);
        }
    }
}
