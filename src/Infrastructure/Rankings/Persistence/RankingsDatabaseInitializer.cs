using DrawGuess.Infrastructure.Rankings.Persistence.Migrations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Rankings.Persistence;

/// <summary>
/// Migrates the rankings database at start-up, before the server accepts requests. If the database
/// is unreachable then, the server starts anyway (games do not need it; results wait in the outbox)
/// and the migration is retried in the background until it succeeds.
/// </summary>
internal sealed class RankingsDatabaseInitializer(RankingsSchemaMigrator migrator, TimeProvider clock, ILogger<RankingsDatabaseInitializer> logger)
    : BackgroundService
{
    private bool _migrated;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        _migrated = await TryMigrateAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = RetryBackoff.First;
        while (!_migrated)
        {
            await Task.Delay(delay, clock, stoppingToken);
            delay = RetryBackoff.After(delay);
            _migrated = await TryMigrateAsync(stoppingToken);
        }
    }

    private async Task<bool> TryMigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await migrator.MigrateAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Rankings database cannot be migrated now; the server runs without it and retries");
            return false;
        }
    }
}
