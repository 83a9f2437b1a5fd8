using BenchmarkDotNet.Attributes;
using DrawGuess.Domain.Rounds;
using DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// What the Redis adapter does to a turn's canvas after each stroke batch it writes behind: the batch's journal
/// entries and what the journal then holds, on a drawing of <see cref="Operations"/> strokes so far.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(BatchesPerIteration)]
public class CanvasJournalBenchmarks
{
    private const int BatchesPerIteration = 4_000;
    private readonly int[] _points = [800, 450];
    private Canvas _canvas = null!;
    private CanvasJournal.Position _position = null!;

    [Params(100, 1_000, 5_000)] public int Operations { get; set; }

    [IterationSetup]
    public void DrawingSoFar()
    {
        _canvas = new Canvas();
        for (var strokeId = 1; strokeId <= Operations; strokeId++) _canvas.AddStrokeBatch(strokeId, DrawingTool.Pen, 3, 1, [800, 450, 801, 451]);
        _position = CanvasJournal.Position.Of(_canvas);
    }

    [Benchmark]
    public int StrokeBatchWrittenBehind()
    {
        _canvas.AddStrokeBatch(Operations, DrawingTool.Pen, 3, 1, _points);
        var entries = CanvasJournal.EntriesSince(_position, _canvas, out _);
        _position = _position.Advanced();
        return entries.Count;
    }
}
