using DrawGuess.Application.Rankings.Queries.CountPendingResults;
using DrawGuess.Application.Rooms.Queries.GetRoomFigures;
using DrawGuess.Application.Rounds.Queries.CountRunningGames;
using DrawGuess.WebApi.Common;
using DrawGuess.WebApi.Status;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DrawGuess.WebApi.Endpoints;

internal static class StatusEndpoints
{
    public static void MapStatusEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/status", GetStatus).WithTags("Status").WithName(nameof(GetStatus)).RequireRateLimiting(RestRateLimiting.Policy);

    /// <summary>
    /// Computed in-process: it never fails because a monitoring system is down, nor while the live state or the outbox
    /// cannot be read (Redis away): the figures read from them are null then, and <c>dependencies</c> says what is down.
    /// </summary>
    private static async Task<Ok<ServerStatusDto>> GetStatus(IMediator mediator, ServerStatusReporter reporter, CancellationToken cancellationToken)
    {
        var rooms = await LiveStateFigures.NullWhileUnavailable(() => mediator.Send(new GetRoomFiguresQuery(), cancellationToken));
        var runningGames = await LiveStateFigures.NullWhileUnavailable(async () => (int?)await mediator.Send(new CountRunningGamesQuery(), cancellationToken));
        var pendingResults = await LiveStateFigures.NullWhileUnavailable(async () => (int?)await mediator.Send(new CountPendingResultsQuery(), cancellationToken));
        return TypedResults.Ok(await reporter.ReportAsync(rooms, runningGames, pendingResults, cancellationToken));
    }
}
