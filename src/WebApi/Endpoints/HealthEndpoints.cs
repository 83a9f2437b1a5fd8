using DrawGuess.WebApi.Status;

namespace DrawGuess.WebApi.Endpoints;

internal static class HealthEndpoints
{
    /// <summary>
    /// GET endpoints over the framework's health checks rather than MapHealthChecks, whose endpoints answer every
    /// HTTP method (DELETE /health would be a 200, not a 405) and are left out of the OpenAPI document.
    /// </summary>
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health");
        health.MapGet("/", Liveness).WithName(nameof(Liveness));
        health.MapGet("/ready", Readiness).WithName(nameof(Readiness));
    }

    /// <summary>The process answers. No dependency is called, so an outage elsewhere never restarts us.</summary>
    private static IResult Liveness() => Results.Ok(new { status = "Healthy" });

    /// <summary>
    /// 503 "Unhealthy" while a dependency that play needs (Redis) is down; 200 "Degraded" while only an
    /// optional one is (the rankings database: results wait in the outbox), so a database outage does
    /// not take every instance out of the load balancer.
    /// </summary>
    private static async Task<IResult> Readiness(DependencyChecks checks, CancellationToken cancellationToken)
    {
        var readiness = await checks.ReadinessAsync(cancellationToken);
        return Results.Json(new { status = readiness.Status, dependencies = readiness.Dependencies },
            statusCode: readiness.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
