using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using MediatR;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DrawGuess.Application.Rooms.Commands.CreateRoom;

internal sealed class CreateRoomCommandHandler(
    IPlayerSessionStore sessions,
    IRoomRepository rooms,
    IRoomLocks locks,
    ILobbySubscriptions lobby,
    IRandomSource random,
    TimeProvider clock,
    IMediator mediator,
    RoomDeparture departure,
    RoomBroadcaster broadcaster,
    RoomSnapshots snapshots,
    IOptions<RoomsOptions> options,
    ILogger<CreateRoomCommandHandler> logger) : IRequestHandler<CreateRoomCommand, RoomSnapshotDto>
{
    public async Task<RoomSnapshotDto> Handle(CreateRoomCommand request, CancellationToken cancellationToken)
    {
        var caller = await sessions.RequireCallerAsync(request.ConnectionId);
        if (await rooms.CountAsync(cancellationToken) >= options.Value.MaxRooms)
            throw new GameRuleException(ErrorCodes.RoomLimitReached, "The server has as many rooms as it can hold; join one from the lobby or try again later.");
        if (caller.RoomId is { } currentRoom) await departure.LeaveAsync(caller.PlayerId, currentRoom, cancellationToken);

        var room = Room.Create(RoomId.New(), await rooms.UnusedCodeAsync(random, cancellationToken), RoomSettingsMapping.ToSettings(request.Settings!),
            caller.PlayerId, caller.Name, clock.GetUtcNow());
        using var _ = await locks.AcquireAsync(room.Id, cancellationToken);
        await rooms.AddAsync(room, cancellationToken);
        await sessions.SetRoomAsync(caller.PlayerId, room.Id);
        await lobby.UnwatchAsync(request.ConnectionId);
        var host = room.Members[0];
        await mediator.Publish(new PlayerJoinedRoomIntegrationEvent(room.Id, host.PlayerId, host.Name, host.JoinOrder), cancellationToken);
        var sent = await broadcaster.RoomChanged(room);
        logger.LogInformation("Room {RoomId} created by {PlayerId}", room.Id, caller.PlayerId);
        return await snapshots.For(room.Id, sent.For(caller.PlayerId), caller.PlayerId, cancellationToken);
    }
}
