using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class PlayerLeftRoomIntegrationEventHandler(SystemMessages system) : IRoomEventHandler<PlayerLeftRoomIntegrationEvent>
{
    public async Task Handle(PlayerLeftRoomIntegrationEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        (await room.ChatAsync(cancellationToken)).Forget(e.PlayerId);
        if (e.Reason is LeaveReason.Kicked or LeaveReason.VoteKicked)
            await system.PostAsync(room, "playerKicked", $"{e.Name} was kicked.", [e.Name], cancellationToken);
        else
            await system.PostAsync(room, "playerLeft", $"{e.Name} left the room.", [e.Name], cancellationToken);
    }
}
