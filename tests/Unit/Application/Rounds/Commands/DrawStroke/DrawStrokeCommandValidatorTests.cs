using DrawGuess.Application.Rounds.Commands.DrawStroke;
using DrawGuess.Application.Rounds.Dtos;

namespace DrawGuess.UnitTests.Application.Rounds.Commands.DrawStroke;

public sealed class DrawStrokeCommandValidatorTests
{
    private readonly DrawStrokeCommandValidator _validator = new();

    private static StrokeBatchDto Valid => new(1, "pen", 3, 1, [10, 20, 30, 40]);

    private string[] Errors(StrokeBatchDto? batch) =>
        _validator.Validate(new DrawStrokeCommand("c1", batch)).Errors.Select(e => e.PropertyName).ToArray();

    [Fact]
    public void A_normal_batch_is_valid()
    {
        Errors(Valid).ShouldBeEmpty();
        Errors(Valid with { Tool = "eraser" }).ShouldBeEmpty();
    }

    [Fact]
    public void A_missing_batch_is_rejected()
    {
        Errors(null).ShouldBe(["Batch"]);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-5, false)]
    [InlineData(1, true)]
    [InlineData(int.MaxValue, true)]
    public void The_stroke_id_is_a_positive_integer(int strokeId, bool valid) =>
        Errors(Valid with { StrokeId = strokeId }).ShouldBe(valid ? [] : ["Batch.StrokeId"]);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("brush")]
    [InlineData("Pen")]
    [InlineData("fill")]
    public void The_tool_is_pen_or_eraser(string? tool) =>
        Errors(Valid with { Tool = tool }).ShouldBe(["Batch.Tool"]);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(23, true)]
    [InlineData(24, false)]
    public void The_colour_is_a_palette_index_0_to_23(int color, bool valid) =>
        Errors(Valid with { Color = color }).ShouldBe(valid ? [] : ["Batch.Color"]);

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void The_size_is_a_brush_index_0_to_3(int size, bool valid) =>
        Errors(Valid with { Size = size }).ShouldBe(valid ? [] : ["Batch.Size"]);

    [Fact]
    public void Points_are_1_to_128_pairs()
    {
        Errors(Valid with { Points = [0, 0] }).ShouldBeEmpty();
        Errors(Valid with { Points = new int[256] }).ShouldBeEmpty();
        Errors(Valid with { Points = new int[258] }).ShouldBe(["Batch.Points"]);
        Errors(Valid with { Points = [] }).ShouldBe(["Batch.Points"]);
        Errors(Valid with { Points = null }).ShouldBe(["Batch.Points"]);
        Errors(Valid with { Points = [1, 2, 3] }).ShouldBe(["Batch.Points"]);
    }

    [Theory]
    [InlineData(1599, 899, true)]
    [InlineData(1600, 0, false)]
    [InlineData(0, 900, false)]
    [InlineData(-1, 0, false)]
    [InlineData(0, -1, false)]
    public void Every_point_lies_on_the_1600_by_900_canvas(int x, int y, bool valid) =>
        Errors(Valid with { Points = [5, 5, x, y, 6, 6] }).ShouldBe(valid ? [] : ["Batch.Points"]);
}
