using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds.Contracts;

/// <summary>
/// The Chat module asks Rounds to judge a chat message before showing it: is it a guess, is it right,
/// and who may read it. A correct guess changes the game in the same unit of work.
/// </summary>
public interface IGuessJudge
{
    Task<GuessJudgement> JudgeAsync(IRoomUnitOfWork room, PlayerId playerId, string text, CancellationToken cancellationToken);
}

public enum MessageAudience
{
    Everyone,
    /// <summary>The drawer and the players who already guessed.</summary>
    GuessedOnly,
    /// <summary>A correct guess: nobody sees the text.</summary>
    Nobody,
    /// <summary>
    /// A message that writes the word, from a player who may not see it: shown as any message (channel
    /// all) but only to the sender, the drawer and the players who guessed, so the sender cannot tell.
    /// </summary>
    SenderAndGuessed,
}

/// <param name="Readers">For <see cref="MessageAudience.GuessedOnly"/> and <see cref="MessageAudience.SenderAndGuessed"/>: who may read the text.</param>
public sealed record GuessJudgement(MessageAudience Audience, bool IsClose, IReadOnlySet<PlayerId> Readers);
