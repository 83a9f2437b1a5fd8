using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat;

/// <summary>Posts a system line (joins, leaves, turns, guesses) to a room's chat, sent to its players and spectators once saved.</summary>
internal sealed class SystemMessages(IRoomMembers members, IChatNotifier notifier, TimeProvider clock)
{
    public async Task PostAsync(IRoomUnitOfWork room, string systemCode, string text, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var log = await room.ChatAsync(cancellationToken);
        var message = ChatViews.ToDto(log.PostSystem(systemCode, text, args, clock.GetUtcNow()));
        PlayerId[] audience = [.. (await members.InAsync(room, cancellationToken)).Select(m => m.PlayerId), .. await members.SpectatorsAsync(room, cancellationToken)];
        room.AfterCommit(() => notifier.Message(audience, message));
    }
}
