using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoom;
using DrawGuess.Application.Rooms.Queries.ListPublicRooms;
using DrawGuess.WebApi.Common;
using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DrawGuess.WebApi.Endpoints;

internal static class RoomsEndpoints
{
    public static void MapRoomsEndpoints(this IEndpointRouteBuilder app)
    {
        var rooms = app.MapGroup("/api/rooms").WithTags("Rooms").RequireRateLimiting(RestRateLimiting.Policy);
        rooms.MapGet("/", ListRooms).WithName(nameof(ListRooms));
        rooms.MapGet("/{idOrCode}", GetRoom).WithName(nameof(GetRoom));
    }

    private static async Task<Ok<IReadOnlyList<RoomSummaryDto>>> ListRooms(IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new ListPublicRoomsQuery(), cancellationToken));

    private static async Task<Ok<PublicRoomDto>> GetRoom(string idOrCode, IMediator mediator, CancellationToken cancellationToken) =>
        TypedResults.Ok(await mediator.Send(new GetRoomQuery(idOrCode), cancellationToken));
}
