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
    private readonly Dictionary<int, int> _indexByStrokeId = [];
    /// <summary>The index of the operation each change touched, a change to the same operation as the last one not repeated.</summary>
    private readonly List<int> _changedOperations = [];
    private int _pointCount;

    public IReadOnlyList<CanvasOperation> Operations => _operations;

    /// <summary>
    /// Where the canvas's record of changes stands: a reader that kept it finds what changed since with
    /// <see cref="OperationsChangedSince"/> instead of comparing every operation (a turn may hold thousands).
    /// </summary>
    public int ChangeMark => _changedOperations.Count;

    /// <summary>
    /// The indices of the operations that may have changed since <paramref name="mark"/> (<see cref="ChangeMark"/>), each
    /// once, ascending. The operation last recorded before the mark is among them: a later change to it is not recorded again.
    /// </summary>
    public IReadOnlyList<int> OperationsChangedSince(int mark)
    {
        var from = Math.Max(0, mark - 1);
        var changed = _changedOperations.GetRange(from, _changedOperations.Count - from);
        changed.Sort();
        var distinct = 0;
        for (var i = 0; i < changed.Count; i++)
        {
            if (distinct == 0 || changed[distinct - 1] != changed[i]) changed[distinct++] = changed[i];
        }
        changed.RemoveRange(distinct, changed.Count - distinct);
        return changed;
    }

    public static bool IsInside(int x, int y) => x is >= 0 and < Width && y is >= 0 and < Height;

    /// <summary>Starts a stroke or continues the one with the same id.</summary>
    public void AddStrokeBatch(int strokeId, DrawingTool tool, int color, int size, IReadOnlyList<int> points)
    {
        var pointCount = points.Count / 2;
        if (_pointCount + pointCount > MaxPoints) throw CanvasFull();
        if (_indexByStrokeId.TryGetValue(strokeId, out var index))
        {
            var existing = _operations[index];
            if (existing.Kind != CanvasOperationKind.Stroke)
                throw new GameRuleException(ErrorCodes.ValidationFailed, "strokeId: already used by a fill or clear.");
            existing.Append(points);
            Changed(index);
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

    public void Undo(int strokeId) => SetUndone(strokeId, undone: true);

    public void Redo(int strokeId) => SetUndone(strokeId, undone: false);

    private void SetUndone(int strokeId, bool undone)
    {
        if (!_indexByStrokeId.TryGetValue(strokeId, out var index) || _operations[index].Undone == undone)
            throw new GameRuleException(ErrorCodes.StrokeNotFound, undone ? "No stroke with that id." : "No undone stroke with that id.");
        _operations[index].Undone = undone;
        Changed(index);
    }

    private void Changed(int index)
    {
        if (_changedOperations.Count == 0 || _changedOperations[^1] != index) _changedOperations.Add(index);
    }

    private void EnsureNewId(int strokeId)
    {
        if (_indexByStrokeId.ContainsKey(strokeId))
            throw new GameRuleException(ErrorCodes.ValidationFailed, "strokeId: already used in this turn.");
    }

    private CanvasOperation Add(CanvasOperation operation)
    {
        if (_operations.Count >= MaxOperations) throw CanvasFull();
        _operations.Add(operation);
        _indexByStrokeId[operation.StrokeId] = _operations.Count - 1;
        Changed(_operations.Count - 1);
        return operation;
    }

    private static GameRuleException CanvasFull() => new(ErrorCodes.CanvasFull, "The canvas is full for this turn.");
}
