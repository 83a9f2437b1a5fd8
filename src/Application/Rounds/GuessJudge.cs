using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

internal sealed class GuessJudge(GameAudience audience, TimeProvider clock, IGameMetrics metrics) : IGuessJudge
{
    private static readonly IReadOnlySet<PlayerId> NoOne = new HashSet<PlayerId>();

    public async Task<GuessJudgement> JudgeAsync(IRoomUnitOfWork room, PlayerId playerId, string text, CancellationToken cancellationToken)
    {
        if (await room.GameAsync(cancellationToken) is not { IsRunning: true, CurrentTurn: { } turn } game)
            return new GuessJudgement(MessageAudience.Everyone, false, NoOne);

        if (turn.DrawerId == playerId) EnsureDrawerKeepsSecret(game, turn, text);
        if (game.CanChatInGuessedChannel(playerId) && game.Phase == GamePhase.Drawing)
            return new GuessJudgement(MessageAudience.GuessedOnly, false, GuessedChannel(turn));

        var verdict = game.SubmitGuess(playerId, text, clock.GetUtcNow(), await audience.PresenceAsync(room, cancellationToken));
        if (verdict == GuessVerdict.Correct)
        {
            metrics.Guess(GuessOutcome.Correct);
            return new GuessJudgement(MessageAudience.Nobody, false, NoOne);
        }
        if (verdict is { } judged) metrics.Guess(judged == GuessVerdict.Close ? GuessOutcome.Close : GuessOutcome.Wrong);
        var isClose = verdict == GuessVerdict.Close;
        if (game.WouldRevealWord(playerId, text))
            return new GuessJudgement(MessageAudience.SenderAndGuessed, isClose, new HashSet<PlayerId>(GuessedChannel(turn)) { playerId });
        return new GuessJudgement(MessageAudience.Everyone, isClose, NoOne);
    }

    private static void EnsureDrawerKeepsSecret(Game game, Turn turn, string text)
    {
        var secrets = game.Phase switch
        {
            GamePhase.Choosing => turn.Options.Select(o => new Word(o)),
            GamePhase.Drawing => [turn.Word!],
            _ => [],
        };
        if (secrets.Any(w => w.IsContainedIn(text) || w.IsWrittenIn(text)))
            throw new GameRuleException(ErrorCodes.WordInMessage, "You cannot write the word while you are drawing it.");
    }

    private static HashSet<PlayerId> GuessedChannel(Turn turn) => [turn.DrawerId, .. turn.GuessedInOrder];
}
