using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using MediatR;

namespace DrawGuess.Application.Chat.Commands.SendMessage;

/// <summary>Rate-limits the line, lets Rounds judge it as a guess, then shows it to whoever may read it.</summary>
internal sealed class SendMessageCommandHandler(
    IPlayerSessions sessions,
    IRoomLocks locks,
    IChatRepository chats,
    IChatNotifier notifier,
    IGameMetrics metrics,
    IMediator mediator,
    TimeProvider clock) : IRequestHandler<SendMessageCommand, Unit>
{
    public async Task<Unit> Handle(SendMessageCommand request, CancellationToken cancellationToken)
    {
        var (caller, roomId) = await sessions.RequireCallerInRoomAsync(request.ConnectionId);
        var text = request.Text!.Trim();
        using var _ = await locks.AcquireAsync(roomId, cancellationToken);
        var members = await mediator.Send(new GetRoomMembersQuery(roomId), cancellationToken);
        var sender = members.FirstOrDefault(m => m.PlayerId == caller.PlayerId)
            ?? throw new GameRuleException(ErrorCodes.NotInRoom, "Join a room first.");
        var log = await chats.GetAsync(roomId, cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            log.TakeRateLimit(caller.PlayerId, now);
        }
        catch (GameRuleException)
        {
            metrics.RateLimited("chat");
            throw;
        }

        var judgement = await mediator.Send(new SubmitGuessCommand(roomId, caller.PlayerId, text), cancellationToken);
        metrics.ChatMessage();
        if (judgement.Audience == MessageAudience.Nobody) return Unit.Value;

        var restricted = judgement.Audience is MessageAudience.GuessedOnly or MessageAudience.SenderAndGuessed;
        var channel = judgement.Audience == MessageAudience.GuessedOnly ? ChatChannel.Guessed : ChatChannel.All;
        var message = log.PostByPlayer(caller.PlayerId, sender.Name, text, channel, restricted ? judgement.Readers : null, now);
        await chats.SaveAsync(roomId, log, cancellationToken);
        var audience = restricted ? judgement.Readers.ToArray() : members.Select(m => m.PlayerId).ToArray();
        await notifier.Message(audience, ChatViews.ToDto(message));
        if (judgement.IsClose) await notifier.CloseGuess(caller.PlayerId, new CloseGuessDto(text));
        return Unit.Value;
    }
}
