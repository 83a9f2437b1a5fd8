using DrawGuess.WebApi.Status;

namespace DrawGuess.WebApi.Endpoints;

internal static class HealthEndpoints
{
    public static void MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health");
        health.MapGet("/", Liveness).WithName(nameof(Liveness));
        health.MapGet("/ready", Readiness).WithName(nameof(Readiness));
    }

    /// <summary>The process answers. No dependency is called, so an outage elsewhere never restarts us.</summary>
    private static IResult Liveness() => Results.Ok(new { status = "Healthy" });

    private static async Task<IResult> Readiness(DependencyChecks checks, CancellationToken cancellationToken)
    {
        var dependencies = await checks.ReportAsync(cancellationToken);
        var ready = dependencies.All(d => d.State == "up");
        return Results.Json(new { status = ready ? "Healthy" : "Unhealthy", dependencies },
            statusCode: ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }
}
