using DrawGuess.Domain.Rounds;
using DrawGuess.Infrastructure.Rounds.Redis;
using DrawGuess.UnitTests.Support;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.Rounds;

/// <summary>
/// In Redis mode a turn's canvas is stored as a journal that grows with every save. Whoever replays
/// the journal (another instance, or this one after losing the lease) must see the drawing exactly
/// as the drawer's instance has it.
/// </summary>
public sealed class CanvasJournalTests
{
    private readonly List<RedisValue> _stored = [];
    private CanvasJournal.Position? _position;

    [Fact]
    public void A_canvas_saved_after_every_change_replays_to_the_same_drawing()
    {
        var canvas = new Canvas();
        Save(canvas, c => c.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [10, 10, 20, 20]));
        Save(canvas, c => c.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [30, 30]));
        Save(canvas, c => c.AddStrokeBatch(2, DrawingTool.Eraser, 0, 3, [5, 6]));
        Save(canvas, c => c.AddFill(3, 100, 200, 7));
        Save(canvas, c => c.Undo(2));
        Save(canvas, c => c.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [40, 41]));
        Save(canvas, c => c.AddClear(4));
        Save(canvas, c => c.Undo(4));
        Save(canvas, c => c.Redo(4));

        Drawing(Replayed()).ShouldBe(Drawing(canvas));
        Drawing(canvas).ShouldBe([
            "Stroke 1 Pen c3 s1 (0,0) undone=False [10,10,20,20,30,30,40,41]",
            "Stroke 2 Eraser c0 s3 (0,0) undone=True [5,6]",
            "Fill 3 Pen c7 s0 (100,200) undone=False []",
            "Clear 4 Pen c0 s0 (0,0) undone=False []",
        ]);
    }

    [Fact]
    public void A_save_after_a_stroke_batch_appends_only_that_batch()
    {
        var canvas = new Canvas();
        Save(canvas, c => c.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [.. Enumerable.Range(0, 100)]));
        var before = _stored.Sum(e => ((byte[])e!).Length);

        var entries = Save(canvas, c => c.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [1, 2, 3, 4]));

        entries.ShouldBe(1);
        (_stored.Sum(e => ((byte[])e!).Length) - before).ShouldBeLessThan(40);
        Drawing(Replayed()).ShouldBe(Drawing(canvas));
    }

    [Fact]
    public void A_new_turns_canvas_or_an_unknown_position_rewrites_the_whole_journal()
    {
        var first = new Canvas();
        Save(first, c => c.AddStrokeBatch(1, DrawingTool.Pen, 0, 0, [1, 1]));
        Save(first, c => c.Undo(1));

        var next = new Canvas();
        next.AddStrokeBatch(9, DrawingTool.Pen, 5, 2, [7, 7]);
        next.Undo(9);
        CanvasJournal.EntriesSince(_position, next, out var rewrite).Count.ShouldBe(2);
        rewrite.ShouldBeTrue();
        CanvasJournal.EntriesSince(null, first, out var fromNothing);
        fromNothing.ShouldBeTrue();
    }

    [Fact]
    public void A_game_is_stored_without_its_canvas_and_read_back_with_an_empty_one_to_replay_into()
    {
        var t = TestGame.Start(players: 3);
        t.Choose();
        var beforeDrawing = StoredGame.Write(t.Game);
        t.Game.DrawStroke(t.Drawer, 1, DrawingTool.Pen, 3, 1, [.. Enumerable.Repeat(500, 128)], t.Clock.Now);
        t.Events();

        var state = StoredGame.Write(t.Game);
        var copy = StoredGame.Read(state);

        state.Length.ShouldBe(beforeDrawing.Length);
        var emptyCanvas = copy.CurrentTurn!.Canvas;
        emptyCanvas.Operations.ShouldBeEmpty();
        CanvasJournal.Replay(emptyCanvas, CanvasJournal.EntriesSince(null, t.Turn.Canvas, out _));
        Drawing(emptyCanvas).ShouldBe(Drawing(t.Turn.Canvas));
        copy.CurrentTurn.Id.ShouldBe(t.Turn.Id);
    }

    [Fact]
    public void Saves_after_any_mix_of_changes_to_old_and_new_strokes_replay_to_the_drawers_drawing()
    {
        var random = new Random(27);
        var canvas = new Canvas();
        for (var save = 0; save < 400; save++)
        {
            Save(canvas, c =>
            {
                for (var change = random.Next(1, 4); change > 0; change--) ChangeAnything(c, random);
            });
            Drawing(Replayed()).ShouldBe(Drawing(canvas), $"after save {save}");
        }
        canvas.Operations.Count.ShouldBeGreaterThan(100);
    }

    private int _nextStrokeId = 1;

    private void ChangeAnything(Canvas canvas, Random random)
    {
        var operations = canvas.Operations;
        var strokes = operations.Where(o => o.Kind == CanvasOperationKind.Stroke).ToArray();
        int[] points = [random.Next(0, 1600), random.Next(0, 900)];
        switch (random.Next(6))
        {
            case 0 when operations.Count > 0 && operations[^1].Kind == CanvasOperationKind.Stroke: // the stroke drawn last, again
                canvas.AddStrokeBatch(operations[^1].StrokeId, operations[^1].Tool, operations[^1].Color, operations[^1].Size, points);
                break;
            case 1 when strokes.Length > 0: // an older stroke continued
                var old = strokes[random.Next(strokes.Length)];
                canvas.AddStrokeBatch(old.StrokeId, old.Tool, old.Color, old.Size, points);
                break;
            case 2 when operations.Any(o => !o.Undone):
                canvas.Undo(operations.Where(o => !o.Undone).ElementAt(random.Next(operations.Count(o => !o.Undone))).StrokeId);
                break;
            case 3 when operations.Any(o => o.Undone):
                canvas.Redo(operations.Where(o => o.Undone).ElementAt(random.Next(operations.Count(o => o.Undone))).StrokeId);
                break;
            case 4:
                canvas.AddFill(_nextStrokeId++, points[0], points[1], random.Next(Canvas.PaletteSize));
                break;
            default:
                canvas.AddStrokeBatch(_nextStrokeId++, DrawingTool.Pen, random.Next(Canvas.PaletteSize), random.Next(Canvas.BrushSizes), points);
                break;
        }
    }

    private int Save(Canvas canvas, Action<Canvas> change)
    {
        change(canvas);
        var entries = CanvasJournal.EntriesSince(_position, canvas, out var rewrite);
        if (rewrite) _stored.Clear();
        _stored.AddRange(entries);
        _position = rewrite ? CanvasJournal.Position.Of(canvas) : _position!.Advanced(); // as the game's store does
        return entries.Count;
    }

    private Canvas Replayed()
    {
        var canvas = new Canvas();
        CanvasJournal.Replay(canvas, _stored);
        return canvas;
    }

    private static string[] Drawing(Canvas canvas) =>
        [.. canvas.Operations.Select(o => $"{o.Kind} {o.StrokeId} {o.Tool} c{o.Color} s{o.Size} ({o.X},{o.Y}) undone={o.Undone} [{string.Join(',', o.Points)}]")];
}
