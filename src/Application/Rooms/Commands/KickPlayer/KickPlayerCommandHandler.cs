using DrawGuess.Application.Common;
using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.KickPlayer;

internal sealed class KickPlayerCommandHandler : IRoomCommandHandler<KickPlayerCommand, Unit>
{
    public async Task<Unit> Handle(KickPlayerCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var targetId = PlayerIds.Parse(request.PlayerId!);
        (await room.RequireRoomAsync(cancellationToken)).Kick(room.Caller.PlayerId, targetId);
        return Unit.Value;
    }
}
