namespace DrawGuess.Domain.Rounds;

/// <summary>One entry of a turn's canvas log: a whole stroke (its batches joined), a fill or a clear.</summary>
public sealed class CanvasOperation
{
    private readonly List<int> _points = [];

    internal CanvasOperation(CanvasOperationKind kind, int strokeId, DrawingTool tool, int color, int size, int x, int y)
    {
        Kind = kind;
        StrokeId = strokeId;
        Tool = tool;
        Color = color;
        Size = size;
        X = x;
        Y = y;
    }

    public CanvasOperationKind Kind { get; }
    public int StrokeId { get; }
    public DrawingTool Tool { get; }
    public int Color { get; }
    public int Size { get; }
    public int X { get; }
    public int Y { get; }
    public bool Undone { get; internal set; }
    /// <summary>Flat [x0, y0, x1, y1, ...] of a stroke.</summary>
    public IReadOnlyList<int> Points => _points;

    internal void Append(IReadOnlyList<int> points) => _points.AddRange(points);
}
