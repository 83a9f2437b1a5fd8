using DrawGuess.Application.Common.UnitOfWork;
using MediatR;

namespace DrawGuess.Application.Rooms.Commands.TakeSeatFromSpectating;

internal sealed class TakeSeatFromSpectatingCommandHandler : IRoomCommandHandler<TakeSeatFromSpectatingCommand, Unit>
{
    public async Task<Unit> Handle(TakeSeatFromSpectatingCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        (await room.RequireRoomAsync(cancellationToken)).TakeSeatFromSpectating(room.Caller.PlayerId);
        return Unit.Value;
    }
}
