using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Sessions;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.UpdateRoomSettings;

internal sealed class UpdateRoomSettingsCommandHandler(
    IPlayerSessionStore sessions, IRoomRepository rooms, IRoomLocks locks, RoomBroadcaster broadcaster)
    : IRequestHandler<UpdateRoomSettingsCommand, Unit>
{
    public async Task<Unit> Handle(UpdateRoomSettingsCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.RequireAsync(roomId, cancellationToken);
        var wasPublic = room.Settings.IsPublic;
        room.UpdateSettings(caller.PlayerId, RoomSettingsMapping.ToSettings(request.Settings!));
        await rooms.SaveAsync(room, cancellationToken);
        await broadcaster.RoomChanged(room, wasPublic);
        return Unit.Value;
    }
}
