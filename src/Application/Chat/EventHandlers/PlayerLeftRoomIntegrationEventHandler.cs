using DrawGuess.Application.Rooms.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.EventHandlers;

internal sealed class PlayerLeftRoomIntegrationEventHandler(SystemMessages system, IChatRepository chats)
    : INotificationHandler<PlayerLeftRoomIntegrationEvent>
{
    public async Task Handle(PlayerLeftRoomIntegrationEvent e, CancellationToken cancellationToken)
    {
        var log = await chats.GetAsync(e.RoomId, cancellationToken);
        log.Forget(e.PlayerId);
        await chats.SaveAsync(e.RoomId, log, cancellationToken);
        if (e.Reason is LeaveReason.Kicked or LeaveReason.VoteKicked)
            await system.PostAsync(e.RoomId, "playerKicked", $"{e.Name} was kicked.", [e.Name], cancellationToken);
        else
            await system.PostAsync(e.RoomId, "playerLeft", $"{e.Name} left the room.", [e.Name], cancellationToken);
    }
}
