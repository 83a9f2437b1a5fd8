namespace DrawGuess.Application.Common.Ports;

public sealed record DependencyStatus(string Name, bool Up, double LatencyMs, string? Detail)
{
    /// <summary>See <see cref="IDependencyProbe.RequiredForPlay"/>.</summary>
    public bool RequiredForPlay { get; init; } = true;
}

/// <summary>Checks one external dependency for readiness and /api/status. Must honour the cancellation token as its timeout.</summary>
public interface IDependencyProbe
{
    string Name { get; }

    /// <summary>
    /// Whether games stop without it. An instance is unready only while a required dependency is
    /// down; an optional one down (results wait in the outbox) leaves it ready but degraded.
    /// </summary>
    bool RequiredForPlay { get; }

    Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken);
}
