using DrawGuess.Application.Rooms.Commands.StartWatching;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.WatchRoom;

internal sealed class WatchRoomCommandHandler(RoomEntrance entrance) : IRequestHandler<WatchRoomCommand, RoomSnapshotDto>
{
    public Task<RoomSnapshotDto> Handle(WatchRoomCommand request, CancellationToken cancellationToken) =>
        entrance.EnterAsync(request.ConnectionId, request.RoomIdOrCode!,
            (roomId, caller) => new StartWatchingCommand(roomId, caller.PlayerId, caller.Name, request.RoomIdOrCode!), cancellationToken);
}
