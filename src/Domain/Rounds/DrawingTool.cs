namespace DrawGuess.Domain.Rounds;

public enum DrawingTool
{
    Pen,
    Eraser,
}
