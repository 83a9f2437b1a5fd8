using DrawGuess.Application.Common.Ports;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Status;

/// <summary>
/// One ASP.NET Core health check per dependency probe, run in parallel by <see cref="HealthCheckService"/> with a
/// 2 s timeout each. A required dependency down makes the report Unhealthy; an optional one only Degraded.
/// </summary>
internal sealed class DependencyHealthChecks(IEnumerable<IDependencyProbe> probes) : IConfigureOptions<HealthCheckServiceOptions>
{
    public const string RequiredForPlay = "required-for-play";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    public void Configure(HealthCheckServiceOptions options)
    {
        foreach (var probe in probes)
        {
            options.Registrations.Add(new HealthCheckRegistration(probe.Name, new ProbeCheck(probe),
                probe.RequiredForPlay ? HealthStatus.Unhealthy : HealthStatus.Degraded, probe.RequiredForPlay ? [RequiredForPlay] : [], Timeout));
        }
    }

    private sealed class ProbeCheck(IDependencyProbe probe) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
        {
            var status = await probe.ProbeAsync(cancellationToken);
            return status.Up ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus, status.Detail);
        }
    }
}
