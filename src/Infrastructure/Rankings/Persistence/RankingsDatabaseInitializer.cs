using DrawGuess.Infrastructure.Rankings.Persistence.Migrations;
using Microsoft.Extensions.Hosting;

namespace DrawGuess.Infrastructure.Rankings.Persistence;

/// <summary>Migrates the rankings database at start-up, before the server accepts requests.</summary>
internal sealed class RankingsDatabaseInitializer(RankingsSchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
