using DrawGuess.Application.Common.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DrawGuess.WebApi.Status;

/// <summary>The dependency health checks (<see cref="DependencyHealthChecks"/>) as /health/ready, /api/status and /metrics report them.</summary>
internal sealed class DependencyChecks(HealthCheckService health)
{
    public async Task<IReadOnlyList<DependencyStatus>> RunAsync(CancellationToken cancellationToken) =>
        Statuses(await health.CheckHealthAsync(cancellationToken));

    /// <summary>The same checks as they appear in /health/ready and /api/status.</summary>
    public async Task<IReadOnlyList<DependencyDto>> ReportAsync(CancellationToken cancellationToken) =>
        (await RunAsync(cancellationToken)).Select(ToDto).ToArray();

    public static DependencyDto ToDto(DependencyStatus d) => new(d.Name, d.Up ? "up" : "down", Math.Round(d.LatencyMs, 2), d.Detail, d.RequiredForPlay);

    /// <summary>"Healthy", "Degraded" (only dependencies play can do without are down) or "Unhealthy" (not ready).</summary>
    public async Task<ReadinessDto> ReadinessAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(cancellationToken);
        return new ReadinessDto(report.Status != HealthStatus.Unhealthy, report.Status.ToString(), Statuses(report).Select(ToDto).ToArray());
    }

    /// <summary>Ready while every dependency that play needs is up.</summary>
    public static bool IsReady(IEnumerable<DependencyStatus> dependencies) => dependencies.All(d => d.Up || !d.RequiredForPlay);

    private static DependencyStatus[] Statuses(HealthReport report) =>
    [
        .. report.Entries.Select(entry => new DependencyStatus(entry.Key, entry.Value.Status == HealthStatus.Healthy, entry.Value.Duration.TotalMilliseconds,
            entry.Value.Description) { RequiredForPlay = entry.Value.Tags.Contains(DependencyHealthChecks.RequiredForPlay) }),
    ];
}
