using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>Word choice and canvas calls out of turn, in the wrong phase or with values outside the documented canvas.</summary>
public sealed class TurnBadInputTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    /// <summary>Each drawing call with well-formed arguments.</summary>
    public static TheoryData<string, string> DrawingCalls => new()
    {
        { "DrawStroke", """[{"strokeId":7,"tool":"pen","color":3,"size":1,"points":[10,10,20,20]}]""" },
        { "Fill", """[{"strokeId":7,"x":5,"y":5,"color":3}]""" },
        { "ClearCanvas", "[7]" },
        { "Undo", "[1]" },
        { "Redo", "[1]" },
    };

    /// <summary>(case, DrawStroke argument, the field the error must name).</summary>
    public static TheoryData<string, string, string> BadStrokes => new()
    {
        { "x = 1600", Stroke(points: [1600, 10]), "points" },
        { "y = 900", Stroke(points: [10, 900]), "points" },
        { "negative x", Stroke(points: [-1, 10]), "points" },
        { "negative y", Stroke(points: [10, -1]), "points" },
        { "huge coordinates", Stroke(points: [int.MaxValue, int.MinValue]), "points" },
        { "odd count", Stroke(points: [10, 10, 20]), "points" },
        { "one number", Stroke(points: [10]), "points" },
        { "no points", Stroke(points: []), "points" },
        { "129 points", Stroke(points: Enumerable.Range(0, 258).Select(i => i % 800).ToArray()), "points" },
        { "null points", """{"strokeId":5,"tool":"pen","color":3,"size":1,"points":null}""", "points" },
        { "missing points", """{"strokeId":5,"tool":"pen","color":3,"size":1}""", "points" },
        { "colour 24", Stroke(color: 24), "color" },
        { "colour -1", Stroke(color: -1), "color" },
        { "size 4", Stroke(size: 4), "size" },
        { "size -1", Stroke(size: -1), "size" },
        { "tool spray", Stroke(tool: "spray"), "tool" },
        { "tool empty", Stroke(tool: ""), "tool" },
        { "tool null", """{"strokeId":5,"tool":null,"color":3,"size":1,"points":[1,1]}""", "tool" },
        { "strokeId 0", Stroke(strokeId: 0), "strokeId" },
        { "strokeId -1", Stroke(strokeId: -1), "strokeId" },
        { "missing strokeId", """{"tool":"pen","color":3,"size":1,"points":[1,1]}""", "strokeId" },
        { "null batch", "null", "batch" },
    };

    /// <summary>(case, Fill argument, the field the error must name).</summary>
    public static TheoryData<string, string, string> BadFills => new()
    {
        { "x = 1600", """{"strokeId":5,"x":1600,"y":5,"color":3}""", "x" },
        { "y = 900", """{"strokeId":5,"x":5,"y":900,"color":3}""", "y" },
        { "negative x", """{"strokeId":5,"x":-1,"y":5,"color":3}""", "x" },
        { "colour 24", """{"strokeId":5,"x":5,"y":5,"color":24}""", "color" },
        { "strokeId 0", """{"strokeId":0,"x":5,"y":5,"color":3}""", "strokeId" },
        { "null fill", "null", "fill" },
    };

    [Fact]
    public async Task ChooseWord_by_a_guesser_fails_with_NOT_DRAWER_and_the_drawer_still_chooses()
    {
        var table = await StartAsync();
        await using var tidyTable = table.Tidy();
        var drawer = await table.DrawerOfTurnAsync(1);
        var guesser = table.GuessersOf(drawer).First();

        await guesser.ShouldFailWithAsync("NOT_DRAWER", "ChooseWord", 0);

        var game = (await guesser.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game");
        game.GetProperty("phase").GetString().ShouldBe("choosing");
        game.GetProperty("wordOptions").ValueKind.ShouldBe(JsonValueKind.Null, "a guesser never sees the options, even after trying to choose");
        await GameTable.ChooseFirstWordAsync(drawer, 1);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public async Task ChooseWord_with_an_index_outside_the_options_fails_with_VALIDATION_FAILED_and_the_drawer_can_choose_again(int index)
    {
        var table = await StartAsync();
        await using var tidyTable = table.Tidy();
        var drawer = await table.DrawerOfTurnAsync(1);
        (await drawer.WaitForAsync("WordOptions")).GetProperty("options").GetArrayLength().ShouldBe(3);

        var error = await drawer.ShouldFailWithAsync("VALIDATION_FAILED", "ChooseWord", index);

        error.Message.ShouldContain("index");
        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("phase").GetString().ShouldBe("choosing");
        (await GameTable.ChooseFirstWordAsync(drawer, 1)).ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task ChooseWord_a_second_time_fails_with_WRONG_PHASE_and_keeps_the_first_word()
    {
        var table = await StartAsync();
        await using var tidyTable = table.Tidy();
        var drawer = await table.DrawerOfTurnAsync(1);
        var word = await GameTable.ChooseFirstWordAsync(drawer, 1);

        await drawer.ShouldFailWithAsync("WRONG_PHASE", "ChooseWord", 1);

        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("word").GetString().ShouldBe(word);
        drawer.All("DrawingStarted").Count.ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(DrawingCalls))]
    public async Task A_drawing_call_by_a_guesser_fails_with_NOT_DRAWER_and_reaches_nobody(string method, string argumentsJson)
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        var guesser = table.GuessersOf(drawer).First();

        await guesser.ShouldFailRawWithAsync("NOT_DRAWER", method, argumentsJson);

        await guesser.ShouldStillBeInRoomAsync(table.RoomId);
        await AssertDrawerStillDrawsAsync(table, drawer, strokeId: 42);
        (await drawer.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(DrawingCalls))]
    public async Task A_drawing_call_while_choosing_fails_with_WRONG_PHASE(string method, string argumentsJson)
    {
        var table = await StartAsync();
        await using var tidyTable = table.Tidy();
        var drawer = await table.DrawerOfTurnAsync(1);
        await drawer.WaitForAsync("WordOptions");

        await drawer.ShouldFailRawWithAsync("WRONG_PHASE", method, argumentsJson);

        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("phase").GetString().ShouldBe("choosing");
        await GameTable.ChooseFirstWordAsync(drawer, 1);
        await AssertDrawerStillDrawsAsync(table, drawer, strokeId: 42);
    }

    [Theory]
    [MemberData(nameof(DrawingCalls))]
    public async Task A_drawing_call_during_the_reveal_fails_with_WRONG_PHASE(string method, string argumentsJson)
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, word) = await table.StartDrawingAsync();
        foreach (var guesser in table.GuessersOf(drawer)) await guesser.InvokeAsync("SendMessage", word);
        await drawer.WaitForAsync("TurnEnded");

        await drawer.ShouldFailRawWithAsync("WRONG_PHASE", method, argumentsJson);

        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("phase").GetString().ShouldBe("reveal");
    }

    [Theory]
    [MemberData(nameof(DrawingCalls))]
    public async Task A_drawing_call_when_no_game_runs_fails_with_WRONG_PHASE(string method, string argumentsJson)
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();

        await table.Host.ShouldFailRawWithAsync("WRONG_PHASE", method, argumentsJson);

        await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
        table.Players[1].All("Canvas").ShouldBeEmpty();
    }

    [Fact]
    public async Task ChooseWord_when_no_game_runs_fails_with_WRONG_PHASE()
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();

        await table.Host.ShouldFailWithAsync("WRONG_PHASE", "ChooseWord", 0);

        await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
    }

    [Theory]
    [MemberData(nameof(BadStrokes))]
    public async Task DrawStroke_with_a_bad_batch_fails_with_VALIDATION_FAILED_naming_the_field_and_reaches_nobody(string why, string batchJson, string field)
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();

        var error = await drawer.ShouldFailRawWithAsync("VALIDATION_FAILED", "DrawStroke", $"[{batchJson}]");

        error.Message.ShouldContain(field, Case.Insensitive, why);
        await AssertDrawerStillDrawsAsync(table, drawer, strokeId: 42);
        var canvas = (await drawer.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas");
        canvas.GetArrayLength().ShouldBe(1, "only the good stroke is in the turn's canvas log");
    }

    [Theory]
    [MemberData(nameof(BadFills))]
    public async Task Fill_with_bad_values_fails_with_VALIDATION_FAILED_naming_the_field_and_reaches_nobody(string why, string fillJson, string field)
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();

        var error = await drawer.ShouldFailRawWithAsync("VALIDATION_FAILED", "Fill", $"[{fillJson}]");

        error.Message.ShouldContain(field, Case.Insensitive, why);
        await AssertDrawerStillDrawsAsync(table, drawer, strokeId: 42);
    }

    [Theory]
    [InlineData("ClearCanvas", 0)]
    [InlineData("ClearCanvas", -1)]
    [InlineData("Undo", 0)]
    [InlineData("Undo", -7)]
    [InlineData("Redo", 0)]
    [InlineData("Redo", int.MinValue)]
    public async Task A_stroke_id_that_is_not_positive_fails_with_VALIDATION_FAILED(string method, int strokeId)
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();

        var error = await drawer.ShouldFailWithAsync("VALIDATION_FAILED", method, strokeId);

        error.Message.ShouldContain("strokeId");
        await AssertDrawerStillDrawsAsync(table, drawer, strokeId: 42);
    }

    [Fact]
    public async Task The_documented_extremes_of_the_canvas_are_accepted()
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        var corners = Enumerable.Range(0, 128).SelectMany(i => i % 2 == 0 ? new[] { 1599, 899 } : new[] { 0, 0 }).ToArray();

        await drawer.InvokeAsync("DrawStroke", new { strokeId = int.MaxValue, tool = "eraser", color = 23, size = 3, points = corners });
        await drawer.InvokeAsync("Fill", new { strokeId = 1, x = 1599, y = 899, color = 0 });

        var guesser = table.GuessersOf(drawer).First();
        var stroke = await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == int.MaxValue);
        stroke.GetProperty("points").GetArrayLength().ShouldBe(256);
        await guesser.WaitForAsync("Canvas", c => c.GetProperty("kind").GetString() == "fill");
    }

    [Fact]
    public async Task Undo_of_an_unknown_stroke_fails_with_STROKE_NOT_FOUND()
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();

        await drawer.ShouldFailWithAsync("STROKE_NOT_FOUND", "Undo", 999);

        await AssertDrawerStillDrawsAsync(table, drawer, strokeId: 42);
        table.GuessersOf(drawer).First().All("Canvas").ShouldNotContain(c => c.GetProperty("kind").GetString() == "undo");
    }

    [Fact]
    public async Task Redo_of_an_unknown_stroke_or_of_a_stroke_that_is_not_undone_fails_with_STROKE_NOT_FOUND()
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(1));

        await drawer.ShouldFailWithAsync("STROKE_NOT_FOUND", "Redo", 999);
        await drawer.ShouldFailWithAsync("STROKE_NOT_FOUND", "Redo", 1);

        await AssertDrawerStillDrawsAsync(table, drawer, 42, drawnBefore: 1);
    }

    [Fact]
    public async Task Undo_of_a_stroke_that_is_already_undone_fails_with_STROKE_NOT_FOUND_and_redo_still_works()
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(1));
        await drawer.InvokeAsync("Undo", 1);

        await drawer.ShouldFailWithAsync("STROKE_NOT_FOUND", "Undo", 1);

        await drawer.InvokeAsync("Redo", 1);
        var canvas = (await drawer.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas");
        canvas.EnumerateArray().Single().GetProperty("undone").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Reusing_a_fill_id_for_a_stroke_or_a_stroke_id_for_a_fill_fails_with_VALIDATION_FAILED()
    {
        var table = await SeatAsync();
        await using var tidyTable = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        await drawer.InvokeAsync("Fill", BadInputKit.Fill(1));
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(2));

        (await drawer.ShouldFailWithAsync("VALIDATION_FAILED", "DrawStroke", BadInputKit.Stroke(1))).Message.ShouldContain("strokeId");
        (await drawer.ShouldFailWithAsync("VALIDATION_FAILED", "Fill", BadInputKit.Fill(2))).Message.ShouldContain("strokeId");
        (await drawer.ShouldFailWithAsync("VALIDATION_FAILED", "ClearCanvas", 1)).Message.ShouldContain("strokeId");

        var canvas = (await drawer.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas");
        canvas.EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ShouldBe(["fill", "stroke"]);
    }

    private async Task<GameTable> SeatAsync() => await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");

    private async Task<GameTable> StartAsync()
    {
        var table = await SeatAsync();
        await table.Host.InvokeAsync("StartGame");
        return table;
    }

    /// <summary>After a refused call, a good stroke from the drawer still reaches every guesser, and nothing else did.</summary>
    private static async Task AssertDrawerStillDrawsAsync(GameTable table, HubTestClient drawer, int strokeId, params int[] drawnBefore)
    {
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(strokeId));
        foreach (var guesser in table.GuessersOf(drawer))
        {
            await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == strokeId);
            guesser.All("Canvas").Select(c => c.GetProperty("strokeId").GetInt32()).ShouldBe([.. drawnBefore, strokeId], "a refused call must reach nobody");
        }
    }

    private static string Stroke(int strokeId = 5, string tool = "pen", int color = 3, int size = 1, int[]? points = null) =>
        JsonSerializer.Serialize(new { strokeId, tool, color, size, points = points ?? [10, 10, 20, 20] });
}
