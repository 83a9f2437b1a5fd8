using DrawGuess.Application.Common.Ports;

namespace DrawGuess.WebApi.Status;

/// <summary>Checks the dependencies every few seconds so /metrics can report them without calling anything per scrape.</summary>
internal sealed class DependencyMonitor(DependencyChecks checks, ILogger<DependencyMonitor> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public IReadOnlyList<DependencyStatus> Latest { get; private set; } = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            var previous = Latest;
            Latest = await checks.RunAsync(stoppingToken);
            foreach (var change in Latest.Where(d => previous.FirstOrDefault(p => p.Name == d.Name)?.Up != d.Up))
            {
                if (change.Up) logger.LogInformation("Dependency {Dependency} is up", change.Name);
                else logger.LogWarning("Dependency {Dependency} is down: {Detail}", change.Name, change.Detail);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
