using System.Diagnostics;
using DrawGuess.Application.Common.Ports;
using Microsoft.EntityFrameworkCore;

namespace DrawGuess.Infrastructure.Rankings.Persistence;

internal sealed class RankingsDatabaseProbe(IDbContextFactory<RankingsDbContext> contexts) : IDependencyProbe
{
    public string Name => "rankings_db";

    /// <summary>Finished games wait in the results outbox while it is down; play goes on.</summary>
    public bool RequiredForPlay => false;

    public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var up = await db.Database.CanConnectAsync(cancellationToken);
            return new DependencyStatus(Name, up, Stopwatch.GetElapsedTime(started).TotalMilliseconds, up ? null : "cannot connect");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || cancellationToken.IsCancellationRequested)
        {
            return new DependencyStatus(Name, false, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
        }
    }
}
