using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Rounds.Commands.SubmitGuess;

internal sealed class SubmitGuessCommandHandler(IGameRepository games, TimeProvider clock, IGameMetrics metrics, GameEventDispatcher dispatcher)
    : IRequestHandler<SubmitGuessCommand, GuessJudgement>
{
    private static readonly IReadOnlySet<PlayerId> NoOne = new HashSet<PlayerId>();

    public async Task<GuessJudgement> Handle(SubmitGuessCommand request, CancellationToken cancellationToken)
    {
        if (await games.FindAsync(request.RoomId, cancellationToken) is not { IsRunning: true, CurrentTurn: { } turn } game)
            return new GuessJudgement(MessageAudience.Everyone, false, NoOne);

        if (turn.DrawerId == request.PlayerId) EnsureDrawerKeepsSecret(game, turn, request.Text);
        if (game.CanChatInGuessedChannel(request.PlayerId) && game.Phase == GamePhase.Drawing)
            return new GuessJudgement(MessageAudience.GuessedOnly, false, GuessedChannel(turn));

        var verdict = game.SubmitGuess(request.PlayerId, request.Text, clock.GetUtcNow());
        if (verdict == GuessVerdict.Correct)
        {
            metrics.Guess(GuessOutcome.Correct);
            await dispatcher.CommitAsync(game, cancellationToken);
            return new GuessJudgement(MessageAudience.Nobody, false, NoOne);
        }
        if (verdict is { } judged) metrics.Guess(judged == GuessVerdict.Close ? GuessOutcome.Close : GuessOutcome.Wrong);
        var isClose = verdict == GuessVerdict.Close;
        if (game.WouldRevealWord(request.PlayerId, request.Text))
            return new GuessJudgement(MessageAudience.SenderAndGuessed, isClose, new HashSet<PlayerId>(GuessedChannel(turn)) { request.PlayerId });
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
        if (secrets.Any(w => w.IsContainedIn(text)))
            throw new GameRuleException(ErrorCodes.WordInMessage, "You cannot write the word while you are drawing it.");
    }

    private static HashSet<PlayerId> GuessedChannel(Turn turn) => [turn.DrawerId, .. turn.GuessedInOrder];
}
