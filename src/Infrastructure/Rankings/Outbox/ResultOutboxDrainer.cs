using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Rankings;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Rankings.Outbox;

/// <summary>
/// Moves pending results from the outbox into the rankings store: every <see cref="RetryBackoff.First"/>
/// while it works, backing off to <see cref="RetryBackoff.Longest"/> while the store keeps failing. A result leaves the
/// outbox only after the store has it (saved now, or found already saved), so each is stored exactly once.
/// </summary>
internal sealed class ResultOutboxDrainer(IResultOutbox outbox, IRankingsStore store, TimeProvider clock, ILogger<ResultOutboxDrainer> logger)
    : BackgroundService
{
    private const int BatchSize = 50;

    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = RetryBackoff.First;
        while (!stoppingToken.IsCancellationRequested)
        {
            await Task.Delay(delay, clock, stoppingToken);
            delay = await DrainAsync(stoppingToken) ? RetryBackoff.First : RetryBackoff.After(delay);
        }
    }

    /// <summary>One pass over the outbox. False if the store failed, so the caller backs off.</summary>
    public async Task<bool> DrainAsync(CancellationToken cancellationToken)
    {
        var stored = 0;
        try
        {
            IReadOnlyList<GameResult> batch;
            do
            {
                batch = await outbox.PendingAsync(BatchSize, cancellationToken);
                foreach (var result in batch)
                {
                    await store.SaveAsync(result, cancellationToken);
                    await outbox.RemoveAsync(result.GameId, cancellationToken);
                    stored++;
                }
            }
            while (batch.Count == BatchSize);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (!_failing) logger.LogWarning(exception, "Pending game results cannot be stored yet; retrying with backoff");
            _failing = true;
            return false;
        }
        if (stored > 0) logger.LogInformation("Stored {ResultCount} pending game results from the outbox", stored);
        _failing = false;
        return true;
    }
}
