using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rankings;

namespace DrawGuess.UnitTests.Domain.Rankings;

public sealed class GameGalleryTests
{
    private static readonly DateTimeOffset FinishedAt = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_drawing_longer_than_the_limit_keeps_its_first_operations_and_says_it_was_cut()
    {
        var strokes = Enumerable.Range(0, 30).Select(_ => Stroke(points: 500)).ToArray(); // 15,000 points

        var drawing = Capped(strokes);

        drawing.Truncated.ShouldBeTrue();
        drawing.CountPoints().ShouldBe(GalleryLimits.MaxPointsPerDrawing);
        drawing.Operations.ShouldBe(strokes.Take(20));
    }

    [Fact]
    public void The_stroke_that_reaches_the_limit_keeps_its_first_points_and_nothing_after_it_is_kept()
    {
        var operations = new[] { Stroke(points: 9_000), Stroke(points: 2_000), Stroke(points: 1) };

        var drawing = Capped(operations);

        drawing.Truncated.ShouldBeTrue();
        drawing.Operations.Count.ShouldBe(2);
        drawing.Operations[1].Points.ShouldBe(operations[1].Points.Take(2_000));
        drawing.CountPoints().ShouldBe(GalleryLimits.MaxPointsPerDrawing);
    }

    [Fact]
    public void A_drawing_with_too_many_operations_keeps_the_first_ones()
    {
        var fills = Enumerable.Range(0, GalleryLimits.MaxOperationsPerDrawing + 5)
            .Select(i => new GalleryOperation("fill", "pen", 1, 0, i, i, false, [])).ToArray();

        var drawing = Capped(fills);

        drawing.Truncated.ShouldBeTrue();
        drawing.Operations.Count.ShouldBe(GalleryLimits.MaxOperationsPerDrawing);
    }

    [Fact]
    public void A_drawing_within_the_limits_is_kept_whole_with_its_undone_strokes_marked()
    {
        var operations = new[] { Stroke(points: 10), Stroke(points: 3) with { Undone = true }, new GalleryOperation("clear", "pen", 0, 0, 0, 0, false, []) };

        var drawing = Capped(operations);

        drawing.Truncated.ShouldBeFalse();
        drawing.Operations.ShouldBe(operations);
    }

    [Fact]
    public void A_game_keeps_its_drawings_in_turn_order_until_its_budget_is_spent()
    {
        var perDrawing = GalleryLimits.MaxPointsPerDrawing;
        var drawings = Enumerable.Range(1, GalleryLimits.MaxPointsPerGame / perDrawing + 2)
            .Select(turn => Capped([Stroke(points: perDrawing)], turn)).Reverse();

        var gallery = GameGallery.Collect("id", Guid.NewGuid(), "Room", isPublic: false, FinishedAt, TimeSpan.FromDays(7), drawings);

        gallery.Drawings.Select(d => d.TurnId).ShouldBe(Enumerable.Range(1, GalleryLimits.MaxPointsPerGame / perDrawing));
        gallery.Truncated.ShouldBeTrue();
    }

    [Fact]
    public void A_turn_appended_twice_is_kept_once()
    {
        var drawing = Capped([Stroke(points: 2)]);

        var gallery = GameGallery.Collect("id", Guid.NewGuid(), "Room", isPublic: true, FinishedAt, TimeSpan.FromDays(7), [drawing, drawing]);

        gallery.Drawings.ShouldHaveSingleItem();
        gallery.Truncated.ShouldBeFalse();
    }

    [Fact]
    public void A_gallery_expires_after_its_retention()
    {
        var gallery = GameGallery.Collect("id", Guid.NewGuid(), "Room", isPublic: false, FinishedAt, TimeSpan.FromDays(7), []);

        gallery.ExpiresAt.ShouldBe(FinishedAt.AddDays(7));
        gallery.IsExpiredAt(FinishedAt.AddDays(7).AddTicks(-1)).ShouldBeFalse();
        gallery.IsExpiredAt(FinishedAt.AddDays(7)).ShouldBeTrue();
    }

    [Fact]
    public void A_gallery_without_an_id_or_retention_is_refused()
    {
        Should.Throw<GameRuleException>(() => GameGallery.Collect(" ", Guid.NewGuid(), "Room", false, FinishedAt, TimeSpan.FromDays(7), []));
        Should.Throw<GameRuleException>(() => GameGallery.Collect("id", Guid.NewGuid(), "Room", false, FinishedAt, TimeSpan.Zero, []));
    }

    private static GalleryOperation Stroke(int points) =>
        new("stroke", "pen", 3, 1, 0, 0, false, Enumerable.Range(0, points * 2).Select(i => i % 900).ToArray());

    private static GalleryDrawing Capped(IReadOnlyList<GalleryOperation> operations, int turnId = 1) =>
        GalleryDrawing.Capped(turnId, 1, Guid.NewGuid(), "Ann", "whale", "allGuessed", [], operations);
}
