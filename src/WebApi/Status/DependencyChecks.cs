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
        (await RunAsync(cancellationToken)).Select(d => new DependencyDto(d.Name, d.Up ? "up" : "down", Math.Round(d.LatencyMs, 2), d.Detail)).ToArray();

    private static async Task<DependencyStatus> ProbeAsync(IDependencyProbe probe, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            return await probe.ProbeAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DependencyStatus(probe.Name, false, Timeout.TotalMilliseconds, "timed out");
        }
    }
}
