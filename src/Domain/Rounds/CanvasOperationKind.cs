namespace DrawGuess.Domain.Rounds;

public enum CanvasOperationKind
{
    Stroke,
    Fill,
    Clear,
}
