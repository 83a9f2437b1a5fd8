using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.OpenRoom;
using DrawGuess.Application.Rooms.Commands.VacateSeat;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rooms.Commands.CreateRoom;

/// <summary>Leaves the caller's room, opens the new one and returns its snapshot: three room commands, one after another.</summary>
internal sealed class CreateRoomCommandHandler(
    IPlayerSessions sessions,
    IRoomRepository rooms,
    ILobbySubscriptions lobby,
    IRandomSource random,
    IMediator mediator,
    IOptions<RoomsOptions> options,
    ILogger<CreateRoomCommandHandler> logger) : IRequestHandler<CreateRoomCommand, RoomSnapshotDto>
{
    public async Task<RoomSnapshotDto> Handle(CreateRoomCommand request, CancellationToken cancellationToken)
    {
        var caller = await sessions.RequireCallerAsync(request.ConnectionId);
        if (await rooms.CountAsync(cancellationToken) >= options.Value.MaxRooms)
            throw new GameRuleException(ErrorCodes.RoomLimitReached, "The server has as many rooms as it can hold; join one from the lobby or try again later.");
        if (caller.RoomId is { } currentRoom) await mediator.Send(new VacateSeatCommand(currentRoom, caller.PlayerId), cancellationToken);

        var roomId = RoomId.New();
        var code = await rooms.UnusedCodeAsync(random, cancellationToken);
        await mediator.Send(new OpenRoomCommand(roomId, code, RoomSettingsMapping.ToSettings(request.Settings!), caller.PlayerId, caller.Name), cancellationToken);
        await lobby.UnwatchAsync(request.ConnectionId);
        logger.LogInformation("Room {RoomId} created by {PlayerId}", roomId, caller.PlayerId);
        return await mediator.Send(new GetRoomSnapshotQuery(request.ConnectionId), cancellationToken);
    }
}
