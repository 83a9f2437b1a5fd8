using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Application.Rankings.Queries.GetGallery;
using DrawGuess.Application.Rankings.Queries.GetLeaderboard;
using DrawGuess.Application.Rankings.Queries.GetPlayerStats;
using DrawGuess.Application.Rankings.Queries.GetPublicGalleries;
using DrawGuess.Application.Rankings.Queries.GetRecentGames;
using DrawGuess.WebApi.Common;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DrawGuess.WebApi.Endpoints;

internal static class RankingsEndpoints
{
    public static void MapRankingsEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Rankings").RequireRateLimiting(RestRateLimiting.Policy);
        api.MapGet("/rankings", GetLeaderboard).WithName(nameof(GetLeaderboard));
        api.MapGet("/players/{id}/stats", GetPlayerStats).WithName(nameof(GetPlayerStats));
        api.MapGet("/games/recent", GetRecentGames).WithName(nameof(GetRecentGames));
        api.MapGet("/games", GetPublicGalleries).WithName(nameof(GetPublicGalleries))
            .WithDescription("The galleries of the latest finished public-room games, newest first (limit 1-50, default 10); private-room games are never listed.");
        api.MapGet("/games/{id}", GetGallery).WithName(nameof(GetGallery))
            .WithDescription("A finished game's drawings (canvas operation logs, words, drawers, who guessed) by the gallery id its GameOver gave; 404 GALLERY_NOT_FOUND once expired.");
    }

    private static async Task<Ok<IReadOnlyList<LeaderboardEntryDto>>> GetLeaderboard(string? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetLeaderboardQuery(QueryLimits.Parse(limit, GetLeaderboardQuery.DefaultLimit)), cancellationToken));

    private static async Task<Ok<PlayerStatsDto>> GetPlayerStats(string id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPlayerStatsQuery(id), cancellationToken));

    private static async Task<Ok<GalleryDto>> GetGallery(string id, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetGalleryQuery(id), cancellationToken));

    private static async Task<Ok<IReadOnlyList<GallerySummaryDto>>> GetPublicGalleries(string? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetPublicGalleriesQuery(QueryLimits.Parse(limit, GetPublicGalleriesQuery.DefaultLimit)), cancellationToken));

    private static async Task<Ok<IReadOnlyList<RecentGameDto>>> GetRecentGames(string? limit, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRecentGamesQuery(QueryLimits.Parse(limit, GetRecentGamesQuery.DefaultLimit)), cancellationToken));
}
