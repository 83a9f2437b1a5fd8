using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;

namespace DrawGuess.Infrastructure.Rankings.Persistence;

/// <summary>Creates the rankings tables at start-up on an empty database.</summary>
internal sealed class RankingsDatabaseInitializer(IDbContextFactory<RankingsDbContext> contexts) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.EnsureCreatedAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
