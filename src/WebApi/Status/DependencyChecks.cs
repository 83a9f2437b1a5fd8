using DrawGuess.Application.Common.Ports;

namespace DrawGuess.WebApi.Status;

/// <summary>Runs every dependency probe in parallel, each with its own timeout.</summary>
internal sealed class DependencyChecks(IEnumerable<IDependencyProbe> probes)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public async Task<IReadOnlyList<DependencyStatus>> RunAsync(CancellationToken cancellationToken) =>
        await Task.WhenAll(probes.Select(probe => ProbeAsync(probe, cancellationToken)));

    /// <summary>The same checks as they appear in /health/ready and /api/status.</summary>
    public async Task<IReadOnlyList<DependencyDto>> ReportAsync(CancellationToken cancellationToken) =>
        (await RunAsync(cancellationToken)).Select(ToDto).ToArray();

    public static DependencyDto ToDto(DependencyStatus d) => new(d.Name, d.Up ? "up" : "down", Math.Round(d.LatencyMs, 2), d.Detail, d.RequiredForPlay);

    /// <summary>"Healthy", "Degraded" (only dependencies play can do without are down) or "Unhealthy" (not ready).</summary>
    public async Task<ReadinessDto> ReadinessAsync(CancellationToken cancellationToken)
    {
        var statuses = await RunAsync(cancellationToken);
        var ready = IsReady(statuses);
        var status = !ready ? "Unhealthy" : statuses.All(d => d.Up) ? "Healthy" : "Degraded";
        return new ReadinessDto(ready, status, statuses.Select(ToDto).ToArray());
    }

    /// <summary>Ready while every dependency that play needs is up.</summary>
    public static bool IsReady(IEnumerable<DependencyStatus> dependencies) => dependencies.All(d => d.Up || !d.RequiredForPlay);

    private static async Task<DependencyStatus> ProbeAsync(IDependencyProbe probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await probe.ProbeAsync(timeout.Token) with { RequiredForPlay = probe.RequiredForPlay };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DependencyStatus(probe.Name, false, Timeout.TotalMilliseconds, "timed out") { RequiredForPlay = probe.RequiredForPlay };
        }
    }
}
