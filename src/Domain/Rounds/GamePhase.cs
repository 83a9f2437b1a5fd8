namespace DrawGuess.Domain.Rounds;

public enum GamePhase
{
    Choosing,
    Drawing,
    Reveal,
    GameOver,
}
