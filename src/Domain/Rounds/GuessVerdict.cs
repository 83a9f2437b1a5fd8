namespace DrawGuess.Domain.Rounds;

public enum GuessVerdict
{
    Wrong,
    Close,
    Correct,
}
