using DrawGuess.Application.Rankings.Queries.CountPendingResults;
using DrawGuess.Application.Rooms.Queries.GetRoomFigures;
using DrawGuess.WebApi.Common;
using DrawGuess.WebApi.Metrics;
using MediatR;

namespace DrawGuess.WebApi.Endpoints;

internal static class MetricsEndpoints
{
    public static void MapMetricsEndpoints(this IEndpointRouteBuilder app)
    {
        // Listening from startup, not from the first scrape: a MeterListener misses what was measured before it started.
        app.ServiceProvider.GetRequiredService<PrometheusExporter>();
        app.MapGet("/metrics", GetMetrics).WithTags("Health").WithName(nameof(GetMetrics)).ExcludeFromDescription();
    }

    private static async Task<IResult> GetMetrics(IMediator mediator, PrometheusExporter exporter, CancellationToken cancellationToken)
    {
        var rooms = await LiveStateFigures.NullWhileUnavailable(() => mediator.Send(new GetRoomFiguresQuery(), cancellationToken));
        var pendingResults = await LiveStateFigures.NullWhileUnavailable(async () => (int?)await mediator.Send(new CountPendingResultsQuery(), cancellationToken));
        return Results.Text(exporter.Scrape(rooms, pendingResults), "text/plain; version=0.0.4; charset=utf-8");
    }
}
