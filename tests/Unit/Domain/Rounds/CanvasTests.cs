using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;

namespace DrawGuess.UnitTests.Domain.Rounds;

public sealed class CanvasTests
{
    private static void ShouldFailWith(Action action, string code) =>
        Should.Throw<GameRuleException>(action).Code.ShouldBe(code);

    private static int[] Points(int count) => Enumerable.Range(0, count).SelectMany(i => new[] { i % Canvas.Width, i % Canvas.Height }).ToArray();

    [Fact]
    public void Batches_with_the_same_stroke_id_are_one_stroke_with_the_points_joined()
    {
        var canvas = new Canvas();

        canvas.AddStrokeBatch(7, DrawingTool.Pen, 3, 1, [10, 10, 20, 20]);
        canvas.AddStrokeBatch(7, DrawingTool.Pen, 3, 1, [30, 30]);

        var stroke = canvas.Operations.ShouldHaveSingleItem();
        stroke.Kind.ShouldBe(CanvasOperationKind.Stroke);
        stroke.StrokeId.ShouldBe(7);
        stroke.Points.ShouldBe([10, 10, 20, 20, 30, 30]);
    }

    [Fact]
    public void A_stroke_keeps_the_tool_colour_and_size_of_its_first_batch()
    {
        var canvas = new Canvas();

        canvas.AddStrokeBatch(1, DrawingTool.Eraser, 23, 3, [0, 0]);
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 4, 0, [1, 1]);

        var stroke = canvas.Operations.ShouldHaveSingleItem();
        (stroke.Tool, stroke.Color, stroke.Size).ShouldBe((DrawingTool.Eraser, 23, 3));
    }

    [Fact]
    public void Operations_are_kept_in_the_order_they_were_drawn()
    {
        var canvas = new Canvas();

        canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [10, 10]);
        canvas.AddFill(2, 100, 200, 8);
        canvas.AddStrokeBatch(3, DrawingTool.Eraser, 0, 2, [50, 50]);
        canvas.AddClear(4);
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [11, 11]); // continues stroke 1 in place

        canvas.Operations.Select(o => (o.Kind, o.StrokeId)).ShouldBe([
            (CanvasOperationKind.Stroke, 1), (CanvasOperationKind.Fill, 2), (CanvasOperationKind.Stroke, 3), (CanvasOperationKind.Clear, 4),
        ]);
        canvas.Operations[0].Points.ShouldBe([10, 10, 11, 11]);
        (canvas.Operations[1].X, canvas.Operations[1].Y, canvas.Operations[1].Color).ShouldBe((100, 200, 8));
    }

    [Fact]
    public void A_fill_needs_a_new_id()
    {
        var canvas = new Canvas();
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [10, 10]);

        ShouldFailWith(() => canvas.AddFill(1, 5, 5, 4), ErrorCodes.ValidationFailed);
        canvas.Operations.Count.ShouldBe(1);
    }

    [Fact]
    public void A_clear_needs_a_new_id()
    {
        var canvas = new Canvas();
        canvas.AddClear(1);

        ShouldFailWith(() => canvas.AddClear(1), ErrorCodes.ValidationFailed);
        canvas.Operations.Count.ShouldBe(1);
    }

    [Fact]
    public void A_stroke_batch_cannot_continue_a_fill_or_clear()
    {
        var canvas = new Canvas();
        canvas.AddFill(5, 5, 5, 4);

        ShouldFailWith(() => canvas.AddStrokeBatch(5, DrawingTool.Pen, 3, 1, [1, 1]), ErrorCodes.ValidationFailed);
        canvas.Operations.ShouldHaveSingleItem().Kind.ShouldBe(CanvasOperationKind.Fill);
    }

    [Fact]
    public void Undo_hides_an_operation_and_redo_shows_it_again()
    {
        var canvas = new Canvas();
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [10, 10]);
        canvas.AddClear(2);

        canvas.Undo(2);
        canvas.Operations.Select(o => o.Undone).ShouldBe([false, true]);

        canvas.Redo(2);
        canvas.Operations.Select(o => o.Undone).ShouldBe([false, false]);
    }

    [Fact]
    public void Undo_of_an_unknown_id_fails_with_STROKE_NOT_FOUND()
    {
        var canvas = new Canvas();
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [10, 10]);

        ShouldFailWith(() => canvas.Undo(99), ErrorCodes.StrokeNotFound);
    }

    [Fact]
    public void Redo_of_an_operation_that_is_not_undone_fails_with_STROKE_NOT_FOUND()
    {
        var canvas = new Canvas();
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [10, 10]);

        ShouldFailWith(() => canvas.Redo(1), ErrorCodes.StrokeNotFound);
        ShouldFailWith(() => canvas.Redo(2), ErrorCodes.StrokeNotFound);
        canvas.Operations[0].Undone.ShouldBeFalse();
    }

    [Fact]
    public void Undo_of_an_already_undone_operation_fails_with_STROKE_NOT_FOUND()
    {
        var canvas = new Canvas();
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, [10, 10]);
        canvas.Undo(1);

        ShouldFailWith(() => canvas.Undo(1), ErrorCodes.StrokeNotFound);
        canvas.Operations[0].Undone.ShouldBeTrue();
    }

    [Fact]
    public void The_canvas_holds_5000_operations_and_refuses_the_next_with_CANVAS_FULL()
    {
        var canvas = new Canvas();
        for (var id = 1; id <= 5_000; id++) canvas.AddFill(id, 1, 1, 3);

        ShouldFailWith(() => canvas.AddFill(5_001, 1, 1, 3), ErrorCodes.CanvasFull);
        ShouldFailWith(() => canvas.AddClear(5_002), ErrorCodes.CanvasFull);
        ShouldFailWith(() => canvas.AddStrokeBatch(5_003, DrawingTool.Pen, 3, 1, [1, 1]), ErrorCodes.CanvasFull);
        canvas.Operations.Count.ShouldBe(5_000);
    }

    [Fact]
    public void Undo_and_redo_still_work_on_a_full_canvas()
    {
        var canvas = new Canvas();
        for (var id = 1; id <= 5_000; id++) canvas.AddFill(id, 1, 1, 3);

        canvas.Undo(5_000);
        canvas.Redo(5_000);

        canvas.Operations[^1].Undone.ShouldBeFalse();
    }

    [Fact]
    public void The_canvas_holds_200000_points_and_refuses_more_with_CANVAS_FULL()
    {
        var canvas = new Canvas();
        var full = Points(128);
        for (var batch = 0; batch < 1_562; batch++) canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, full); // 199,936 points
        canvas.AddStrokeBatch(2, DrawingTool.Pen, 3, 1, Points(64));                                       // 200,000

        ShouldFailWith(() => canvas.AddStrokeBatch(2, DrawingTool.Pen, 3, 1, [1, 1]), ErrorCodes.CanvasFull);
        ShouldFailWith(() => canvas.AddStrokeBatch(3, DrawingTool.Pen, 3, 1, [1, 1]), ErrorCodes.CanvasFull);
        canvas.Operations.Sum(o => o.Points.Count / 2).ShouldBe(200_000);
        canvas.Operations.Count.ShouldBe(2);
    }

    [Fact]
    public void A_batch_that_would_cross_the_point_limit_is_refused_whole()
    {
        var canvas = new Canvas();
        for (var batch = 0; batch < 1_562; batch++) canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, Points(128)); // 199,936

        ShouldFailWith(() => canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, Points(65)), ErrorCodes.CanvasFull);

        canvas.Operations[0].Points.Count.ShouldBe(199_936 * 2);
        Should.NotThrow(() => canvas.AddStrokeBatch(1, DrawingTool.Pen, 3, 1, Points(64)));
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(1599, 899, true)]
    [InlineData(1600, 0, false)]
    [InlineData(0, 900, false)]
    [InlineData(-1, 5, false)]
    [InlineData(5, -1, false)]
    public void The_logical_canvas_is_1600_by_900(int x, int y, bool inside) =>
        Canvas.IsInside(x, y).ShouldBe(inside);

    [Fact]
    public void The_operations_changed_since_a_mark_are_each_named_once_in_order_including_one_changed_again()
    {
        var canvas = new Canvas();
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 0, 0, [1, 1]);
        canvas.AddStrokeBatch(2, DrawingTool.Pen, 0, 0, [2, 2]);
        canvas.AddFill(3, 5, 5, 1);
        var mark = canvas.ChangeMark;
        canvas.OperationsChangedSince(0).ShouldBe([0, 1, 2]);

        canvas.OperationsChangedSince(mark).ShouldBe([2]); // the last one recorded may change again unrecorded
        canvas.AddStrokeBatch(2, DrawingTool.Pen, 0, 0, [3, 3]);
        canvas.AddStrokeBatch(2, DrawingTool.Pen, 0, 0, [4, 4]);
        canvas.Undo(1);
        canvas.AddStrokeBatch(4, DrawingTool.Pen, 0, 0, [5, 5]);
        canvas.Redo(1);

        canvas.OperationsChangedSince(mark).ShouldBe([0, 1, 2, 3]);
        var afterRedo = canvas.ChangeMark;
        canvas.AddStrokeBatch(1, DrawingTool.Pen, 0, 0, [6, 6]);
        canvas.OperationsChangedSince(afterRedo).ShouldBe([0]);
    }
}
