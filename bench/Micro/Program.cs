using System.Diagnostics.Metrics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using FluentValidation;

// Hot paths of the server, measured one by one. Quick run (a few minutes on 2 cores):
//   dotnet run -c Release --project bench/Micro -- --filter '*' --job short --inProcess
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>Stroke batch validation: what DrawStrokeCommandValidator's points rule does (Canvas.IsInside over the flat array).</summary>
[MemoryDiagnoser]
public class StrokeValidationBenchmarks
{
    private int[] _points8 = [];
    private int[] _points128 = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _points8 = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? random.Next(1600) : random.Next(900)).ToArray();
        _points128 = Enumerable.Range(0, 256).Select(i => i % 2 == 0 ? random.Next(1600) : random.Next(900)).ToArray();
    }

    private static bool PointsInside(int[] points)
    {
        if (points.Length < 2 || points.Length > Canvas.MaxPointsPerBatch * 2 || points.Length % 2 != 0) return false;
        for (var i = 0; i < points.Length; i += 2)
        {
            if (!Canvas.IsInside(points[i], points[i + 1])) return false;
        }
        return true;
    }

    [Benchmark(Baseline = true)] public bool Points8() => PointsInside(_points8);
    [Benchmark] public bool Points128() => PointsInside(_points128);
}

/// <summary>Guess normalisation and judging (every chat message during drawing), English and Korean.</summary>
[MemoryDiagnoser]
public class GuessBenchmarks
{
    private readonly Word _en = new("ice cream");
    private readonly Word _ko = new("고양이");

    [Benchmark] public string NormalizeEnglish() => GuessText.Normalize("Is it an Ice-Cream?");
    [Benchmark] public string NormalizeKorean() => GuessText.Normalize("고양이 인가요");
    [Benchmark] public GuessVerdict JudgeEnglishWrong() => _en.Judge("maybe a lamp");
    [Benchmark] public GuessVerdict JudgeEnglishClose() => _en.Judge("ice creem");
    [Benchmark] public GuessVerdict JudgeEnglishRight() => _en.Judge("Ice Cream");
    [Benchmark] public GuessVerdict JudgeKoreanClose() => _ko.Judge("고양");
    [Benchmark] public GuessVerdict JudgeKoreanRight() => _ko.Judge("고양이");
}

/// <summary>The domain part of a stroke (Game.DrawStroke under the room lock) and the per-receiver DTO work.</summary>
[MemoryDiagnoser]
public class StrokeDomainBenchmarks
{
    private Game _game = null!;
    private PlayerId _drawer;
    private int[] _points = [];
    private DateTimeOffset _now;
    private int _strokeId;
    private int _batches;

    private sealed class FixedRandom : IRandomSource { public int Next(int maxExclusive) => 0; }

    [GlobalSetup]
    public void Setup()
    {
        _now = DateTimeOffset.UtcNow;
        var players = Enumerable.Range(0, 8).Select(i => (PlayerId.New(), $"p{i}", (long)i)).ToArray();
        _game = Game.Start(GameId.New(), RoomId.New(), "bench", new GameRules(3, 240, 3, 0), GameTimings.Standard,
            players, ["elephant", "giraffe", "penguin"], EveryoneConnected.Presence, _now);
        _drawer = _game.CurrentTurn!.DrawerId;
        _game.ChooseWord(_drawer, 0, _now, new FixedRandom(), EveryoneConnected.Presence);
        _points = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 800 + i : 450 + i).ToArray();
        _strokeId = 1;
        _batches = 0;
    }

    /// <summary>One stroke batch into the turn's canvas log (30 batches per stroke, then a new stroke).</summary>
    [Benchmark]
    public Canvas DrawStrokeBatch()
    {
        if (_batches >= 4_000) Setup(); // a fresh turn before the drawing time, the operation or the point limit runs out
        if (++_batches % 30 == 0) _strokeId++;
        _now = _now.AddMilliseconds(34); // 30 batches/s keeps the drawer inside the rate limit
        return _game.DrawStroke(_drawer, _strokeId, DrawingTool.Pen, 3, 1, _points, _now);
    }

    /// <summary>CanvasRelay's receiver list: a LINQ Where/Select/ToArray per stroke.</summary>
    [Benchmark]
    public PlayerId[] ReceiversLinq() => _game.Participants.Where(p => p.PlayerId != _drawer).Select(p => p.PlayerId).ToArray();

    /// <summary>The same list with a plain loop.</summary>
    [Benchmark]
    public PlayerId[] ReceiversLoop()
    {
        var participants = _game.Participants;
        var result = new PlayerId[participants.Count - 1];
        var n = 0;
        for (var i = 0; i < participants.Count; i++)
        {
            var id = participants[i].PlayerId;
            if (id != _drawer && n < result.Length) result[n++] = id;
        }
        return result;
    }

    /// <summary>Serialising the relayed stroke once (what SignalR does per broadcast with the JSON protocol).</summary>
    [Benchmark]
    public byte[] SerializeCanvasOp() => JsonSerializer.SerializeToUtf8Bytes(
        new CanvasOpDto("stroke", _strokeId, "pen", 3, 1, _points, null, null, false), JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}

/// <summary>
/// Snapshot building: the Application's GameViews.StateFor is internal (no InternalsVisibleTo for bench), so this measures
/// the public domain reads a snapshot is made of: standings, hint pattern and the canvas log walk of a busy turn.
/// </summary>
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private Game _game = null!;
    private PlayerId _drawer;

    private sealed class FixedRandom : IRandomSource { public int Next(int maxExclusive) => 0; }

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UtcNow;
        var players = Enumerable.Range(0, 8).Select(i => (PlayerId.New(), $"p{i}", (long)i)).ToArray();
        _game = Game.Start(GameId.New(), RoomId.New(), "bench", new GameRules(3, 240, 3, 2), GameTimings.Standard,
            players, ["ice cream", "giraffe", "penguin"], EveryoneConnected.Presence, now);
        _drawer = _game.CurrentTurn!.DrawerId;
        _game.ChooseWord(_drawer, 0, now, new FixedRandom(), EveryoneConnected.Presence);
        var points = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 800 + i : 450 + i).ToArray();
        for (var b = 0; b < 900; b++) // 30 s of drawing at 30 batches/s, 30 strokes
        {
            now = now.AddMilliseconds(34);
            _game.DrawStroke(_drawer, 1 + b / 30, DrawingTool.Pen, 3, 1, points, now);
        }
    }

    [Benchmark]
    public int StandingsAndHint()
    {
        var n = 0;
        foreach (var (participant, rank) in _game.Standings()) n += participant.Score + rank;
        return n + _game.CurrentTurn!.Hint.Length;
    }

    /// <summary>Copies the turn's canvas log into CanvasOpDto entries (what a snapshot for a joiner carries).</summary>
    [Benchmark]
    public List<CanvasOpDto> CanvasLog()
    {
        var ops = _game.CurrentTurn!.Canvas.Operations;
        var list = new List<CanvasOpDto>(ops.Count);
        foreach (var op in ops)
            list.Add(new CanvasOpDto("stroke", op.StrokeId, op.Tool == DrawingTool.Eraser ? "eraser" : "pen", op.Color, op.Size, op.Points.ToArray(), null, null, op.Undone));
        return list;
    }
}

/// <summary>Metric recording on the hot path (System.Diagnostics.Metrics counter and histogram, with and without a listener).</summary>
[MemoryDiagnoser]
public class MetricBenchmarks
{
    private Meter _meter = null!;
    private Counter<long> _counter = null!;
    private Histogram<double> _histogram = null!;
    private MeterListener? _listener;
    private long _sum;

    [Params(false, true)] public bool Listening { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _meter = new Meter("bench");
        _counter = _meter.CreateCounter<long>("drawguess_strokes_total");
        _histogram = _meter.CreateHistogram<double>("drawguess_broadcast_seconds");
        if (!Listening) return;
        _listener = new MeterListener { InstrumentPublished = (i, l) => { if (i.Meter == _meter) l.EnableMeasurementEvents(i); } };
        _listener.SetMeasurementEventCallback<long>((_, v, _, _) => Interlocked.Add(ref _sum, v));
        _listener.SetMeasurementEventCallback<double>((_, v, _, _) => Interlocked.Add(ref _sum, (long)v));
        _listener.Start();
    }

    [GlobalCleanup] public void Cleanup() { _listener?.Dispose(); _meter.Dispose(); }

    [Benchmark] public void CounterAdd() => _counter.Add(7);
    [Benchmark] public void CounterAddWithTag() => _counter.Add(1, new KeyValuePair<string, object?>("kind", "stroke"));
    [Benchmark] public void HistogramRecord() => _histogram.Record(0.0012);
}

/// <summary>
/// The MediatR pipeline resolves validators per call (scoped registration), so every DrawStroke builds a new
/// DrawStrokeCommandValidator. The real one is internal; this is a rule-for-rule copy, built per call vs reused vs hand-written.
/// </summary>
[MemoryDiagnoser]
public class StrokeValidatorBenchmarks
{
    public sealed record Batch(int StrokeId, string? Tool, int Color, int Size, int[]? Points);
    public sealed record Command(string ConnectionId, Batch? Batch);

    public sealed class CopyOfDrawStrokeCommandValidator : AbstractValidator<Command>
    {
        public CopyOfDrawStrokeCommandValidator()
        {
            RuleFor(c => c.Batch).NotNull();
            When(c => c.Batch is not null, () =>
            {
                RuleFor(c => c.Batch!.StrokeId).GreaterThan(0);
                RuleFor(c => c.Batch!.Tool).Must(t => t is "pen" or "eraser").WithMessage("must be 'pen' or 'eraser'");
                RuleFor(c => c.Batch!.Color).InclusiveBetween(0, Canvas.PaletteSize - 1);
                RuleFor(c => c.Batch!.Size).InclusiveBetween(0, Canvas.BrushSizes - 1);
                RuleFor(c => c.Batch!.Points).Must(PointsInside)
                    .WithMessage($"must hold 1-{Canvas.MaxPointsPerBatch} points [x, y, ...] with 0 <= x < {Canvas.Width} and 0 <= y < {Canvas.Height}");
            });
        }
    }

    private static bool PointsInside(int[]? points)
    {
        if (points is null || points.Length < 2 || points.Length > Canvas.MaxPointsPerBatch * 2 || points.Length % 2 != 0) return false;
        for (var i = 0; i < points.Length; i += 2)
        {
            if (!Canvas.IsInside(points[i], points[i + 1])) return false;
        }
        return true;
    }

    private readonly Command _command = new("c1", new Batch(7, "pen", 3, 1, [800, 450, 801, 451, 803, 452, 806, 454, 810, 455, 815, 457, 821, 458, 828, 460]));
    private readonly CopyOfDrawStrokeCommandValidator _shared = new();

    [Benchmark(Baseline = true)]
    public bool NewValidatorPerCall() => new CopyOfDrawStrokeCommandValidator().Validate(_command).IsValid;

    [Benchmark]
    public bool SharedValidator() => _shared.Validate(_command).IsValid;

    [Benchmark]
    public bool HandWritten()
    {
        var b = _command.Batch;
        return b is not null && b.StrokeId > 0 && b.Tool is "pen" or "eraser" && b.Color is >= 0 and < Canvas.PaletteSize
            && b.Size is >= 0 and < Canvas.BrushSizes && PointsInside(b.Points);
    }
}
