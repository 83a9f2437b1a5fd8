using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Chat.Commands.SendMessage;

/// <summary>Rate-limits the line, lets Rounds judge it as a guess, then shows it to whoever may read it.</summary>
internal sealed class SendMessageCommandHandler(
    IRoomMembers roomMembers, IGuessJudge judge, IChatNotifier notifier, IGameMetrics metrics, TimeProvider clock)
    : IRoomCommandHandler<SendMessageCommand, Unit>
{
    public async Task<Unit> Handle(SendMessageCommand request, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        var caller = room.Caller;
        var text = request.Text!.Trim();
        await roomMembers.RefuseSpectatorAsync(room, caller.PlayerId, cancellationToken);
        var members = await roomMembers.InAsync(room, cancellationToken);
        var sender = members.FirstOrDefault(m => m.PlayerId == caller.PlayerId)
            ?? throw new GameRuleException(ErrorCodes.NotInRoom, "Join a room first.");
        var log = await room.ChatAsync(cancellationToken);
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

        var judgement = await judge.JudgeAsync(room, caller.PlayerId, text, cancellationToken);
        metrics.ChatMessage();
        if (judgement.Audience == MessageAudience.Nobody) return Unit.Value;

        var restricted = judgement.Audience is MessageAudience.GuessedOnly or MessageAudience.SenderAndGuessed;
        var channel = judgement.Audience == MessageAudience.GuessedOnly ? ChatChannel.Guessed : ChatChannel.All;
        var message = ChatViews.ToDto(log.PostByPlayer(caller.PlayerId, sender.Name, text, channel, restricted ? judgement.Readers : null, now));
        PlayerId[] audience = restricted
            ? judgement.Readers.ToArray()
            : [.. members.Select(m => m.PlayerId), .. await roomMembers.SpectatorsAsync(room, cancellationToken)];
        room.AfterCommit(async () =>
        {
            await notifier.Message(audience, message);
            if (judgement.IsClose) await notifier.CloseGuess(caller.PlayerId, new CloseGuessDto(text));
        });
        return Unit.Value;
    }
}
