using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.Rooms;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.OpenRoom;

internal sealed class OpenRoomCommandHandler(IPlayerPresence presence, TimeProvider clock) : IRoomCommandHandler<OpenRoomCommand, Unit>
{
    public async Task<Unit> Handle(OpenRoomCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        room.Add(Room.Create(request.RoomId, request.Code, request.Settings, request.HostId, request.HostName, clock.GetUtcNow()));
        await presence.SetRoomAsync(request.HostId, request.RoomId);
        return Unit.Value;
    }
}
