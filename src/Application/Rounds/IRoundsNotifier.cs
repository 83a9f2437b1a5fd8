using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>Game events to players. Callers choose the audience; payloads for one player may hold what only they may see.</summary>
public interface IRoundsNotifier
{
    Task GameStarted(PlayerId to, GameStateDto game);
    Task TurnStarted(IReadOnlyCollection<PlayerId> to, TurnStartedDto turn);
    Task WordOptions(PlayerId drawer, WordOptionsDto options);
    Task DrawingStarted(PlayerId to, DrawingStartedDto drawing);
    Task HintUpdated(IReadOnlyCollection<PlayerId> to, HintUpdatedDto hint);
    Task PlayerGuessed(IReadOnlyCollection<PlayerId> to, PlayerGuessedDto guessed);
    Task YouGuessed(PlayerId to, YouGuessedDto guessed);
    Task Canvas(IReadOnlyCollection<PlayerId> to, CanvasOpDto operation);
    Task TurnEnded(IReadOnlyCollection<PlayerId> to, TurnEndedDto turn);
    Task DrawingRated(IReadOnlyCollection<PlayerId> to, DrawingRatedDto rated);
    Task GameOver(IReadOnlyCollection<PlayerId> to, GameOverDto gameOver);
    Task GameStopped(IReadOnlyCollection<PlayerId> to, GameStoppedDto stopped);
}
