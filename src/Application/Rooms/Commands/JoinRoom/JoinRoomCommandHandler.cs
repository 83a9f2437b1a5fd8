using DrawGuess.Application.Rooms.Commands.TakeSeat;
using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.JoinRoom;

internal sealed class JoinRoomCommandHandler(RoomEntrance entrance) : IRequestHandler<JoinRoomCommand, RoomSnapshotDto>
{
    public Task<RoomSnapshotDto> Handle(JoinRoomCommand request, CancellationToken cancellationToken) =>
        entrance.EnterAsync(request.ConnectionId, request.RoomIdOrCode!,
            (roomId, caller) => new TakeSeatCommand(roomId, caller.PlayerId, caller.Name, request.RoomIdOrCode!), cancellationToken);
}
