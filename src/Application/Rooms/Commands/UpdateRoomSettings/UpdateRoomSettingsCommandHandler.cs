using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Sessions;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.UpdateRoomSettings;

internal sealed class UpdateRoomSettingsCommandHandler(
    IPlayerSessionStore sessions, IRoomRepository rooms, IRoomLocks locks, IRandomSource random, RoomBroadcaster broadcaster)
    : IRequestHandler<UpdateRoomSettingsCommand, Unit>
{
    public async Task<Unit> Handle(UpdateRoomSettingsCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var room = await rooms.RequireAsync(roomId, cancellationToken);
        var wasPublic = room.Settings.IsPublic;
        room.UpdateSettings(caller.PlayerId, RoomSettingsMapping.ToSettings(request.Settings!));
        // The lobby showed this room to everyone: the ways in it offered (its id, any code shared meanwhile) must stop admitting.
        if (wasPublic && !room.Settings.IsPublic) room.RenewInviteCode(await rooms.UnusedCodeAsync(random, cancellationToken));
        await rooms.SaveAsync(room, cancellationToken);
        await broadcaster.RoomChanged(room, wasPublic);
        return Unit.Value;
    }
}
