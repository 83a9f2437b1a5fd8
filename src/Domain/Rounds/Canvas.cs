using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rounds;

/// <summary>The operation log of the current turn's drawing; a joining player replays it to get the exact picture.</summary>
public sealed class Canvas
{
    public const int Width = 1600;
    public const int Height = 900;
    public const int PaletteSize = 24;
    public const int BrushSizes = 4;
    public const int MaxPointsPerBatch = 128;
    public const int MaxOperations = 5_000;
    public const int MaxPoints = 200_000;

    private readonly List<CanvasOperation> _operations = [];
    private readonly Dictionary<int, CanvasOperation> _byStrokeId = [];
    private int _pointCount;

    public IReadOnlyList<CanvasOperation> Operations => _operations;

    public static bool IsInside(int x, int y) => x is >= 0 and < Width && y is >= 0 and < Height;

    /// <summary>Starts a stroke or continues the one with the same id.</summary>
    public void AddStrokeBatch(int strokeId, DrawingTool tool, int color, int size, IReadOnlyList<int> points)
    {
        var pointCount = points.Count / 2;
        if (_pointCount + pointCount > MaxPoints) throw CanvasFull();
        if (_byStrokeId.TryGetValue(strokeId, out var existing))
        {
            if (existing.Kind != CanvasOperationKind.Stroke)
                throw new GameRuleException(ErrorCodes.ValidationFailed, "strokeId: already used by a fill or clear.");
            existing.Append(points);
        }
        else
        {
            var operation = Add(new CanvasOperation(CanvasOperationKind.Stroke, strokeId, tool, color, size, 0, 0));
            operation.Append(points);
        }
        _pointCount += pointCount;
    }

    public void AddFill(int strokeId, int x, int y, int color)
    {
        EnsureNewId(strokeId);
        Add(new CanvasOperation(CanvasOperationKind.Fill, strokeId, DrawingTool.Pen, color, 0, x, y));
    }

    public void AddClear(int strokeId)
    {
        EnsureNewId(strokeId);
        Add(new CanvasOperation(CanvasOperationKind.Clear, strokeId, DrawingTool.Pen, 0, 0, 0, 0));
    }

    public void Undo(int strokeId) => Find(strokeId, mustBeUndone: false).Undone = true;

    public void Redo(int strokeId) => Find(strokeId, mustBeUndone: true).Undone = false;

    private CanvasOperation Find(int strokeId, bool mustBeUndone)
    {
        if (!_byStrokeId.TryGetValue(strokeId, out var operation) || operation.Undone != mustBeUndone)
            throw new GameRuleException(ErrorCodes.StrokeNotFound, mustBeUndone ? "No undone stroke with that id." : "No stroke with that id.");
        return operation;
    }

    private void EnsureNewId(int strokeId)
    {
        if (_byStrokeId.ContainsKey(strokeId))
            throw new GameRuleException(ErrorCodes.ValidationFailed, "strokeId: already used in this turn.");
    }

    private CanvasOperation Add(CanvasOperation operation)
    {
        if (_operations.Count >= MaxOperations) throw CanvasFull();
        _operations.Add(operation);
        _byStrokeId[operation.StrokeId] = operation;
        return operation;
    }

    private static GameRuleException CanvasFull() => new(ErrorCodes.CanvasFull, "The canvas is full for this turn.");
}
