namespace DrawGuess.Application.Common.Ports;

public sealed record DependencyStatus(string Name, bool Up, double LatencyMs, string? Detail);

/// <summary>Checks one external dependency for readiness and /api/status. Must honour the cancellation token as its timeout.</summary>
public interface IDependencyProbe
{
    string Name { get; }

    Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken);
}
