using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Chat;

/// <summary>Posts a system line (joins, leaves, turns, guesses) to a room's chat. The caller holds the room's lock.</summary>
internal sealed class SystemMessages(IChatRepository chats, IChatNotifier notifier, IMediator mediator, TimeProvider clock)
{
    public async Task PostAsync(RoomId roomId, string systemCode, string text, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var log = await chats.GetAsync(roomId, cancellationToken);
        var message = log.PostSystem(systemCode, text, args, clock.GetUtcNow());
        await chats.SaveAsync(roomId, log, cancellationToken);
        var members = await mediator.Send(new GetRoomMembersQuery(roomId), cancellationToken);
        await notifier.Message(members.Select(m => m.PlayerId).ToArray(), ChatViews.ToDto(message));
    }
}
