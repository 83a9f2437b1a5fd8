using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.UpdateRoomSettings;

internal sealed class UpdateRoomSettingsCommandHandler(IRoomRepository rooms, IRandomSource random) : IRoomCommandHandler<UpdateRoomSettingsCommand, Unit>
{
    public async Task<Unit> Handle(UpdateRoomSettingsCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var changed = await room.RequireRoomAsync(cancellationToken);
        var wasPublic = changed.Settings.IsPublic;
        changed.UpdateSettings(room.Caller.PlayerId, RoomSettingsMapping.ToSettings(request.Settings!));
        // The lobby showed this room to everyone: the ways in it offered (its id, any code shared meanwhile) must stop admitting.
        if (wasPublic && !changed.Settings.IsPublic) changed.RenewInviteCode(await rooms.UnusedCodeAsync(random, cancellationToken));
        return Unit.Value;
    }
}
