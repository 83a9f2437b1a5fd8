using DrawGuess.Application.Common;
using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.VoteKick;

internal sealed class VoteKickCommandHandler : IRoomCommandHandler<VoteKickCommand, Unit>
{
    public async Task<Unit> Handle(VoteKickCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var targetId = PlayerIds.Parse(request.PlayerId!);
        (await room.RequireRoomAsync(cancellationToken)).VoteKick(room.Caller.PlayerId, targetId);
        return Unit.Value;
    }
}
