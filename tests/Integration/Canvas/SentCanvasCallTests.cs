using System.Text.Json;
using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Canvas;

/// <summary>
/// Canvas calls sent without an invocation id (SignalR's <c>send</c>, docs/protocol.md "Canvas"): accepted ones
/// reach the room as with an invocation, a refused one reaches the drawer as CanvasRefused with its stable code,
/// and the connection stays usable. The server's clock never moves here, so the stroke budget is the burst.
/// </summary>
public sealed class SentCanvasCallTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    [Fact]
    public async Task Sent_strokes_of_the_drawer_reach_every_guesser_in_order_and_nothing_comes_back_to_the_drawer()
    {
        var table = await SeatAsync();
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();

        for (var strokeId = 1; strokeId <= 5; strokeId++) await drawer.SendAsync("DrawStroke", BadInputKit.Stroke(strokeId));

        foreach (var guesser in table.GuessersOf(drawer))
        {
            await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 5);
            guesser.All("Canvas").Select(c => c.GetProperty("strokeId").GetInt32()).ShouldBe([1, 2, 3, 4, 5]);
        }
        drawer.All("CanvasRefused").ShouldBeEmpty();
        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("canvas").GetArrayLength().ShouldBe(5);
    }

    [Theory]
    [MemberData(nameof(TurnBadInputTests.DrawingCalls), MemberType = typeof(TurnBadInputTests))]
    public async Task A_sent_drawing_call_by_a_guesser_is_refused_by_CanvasRefused_NOT_DRAWER_and_reaches_nobody(string method, string argumentsJson)
    {
        var table = await SeatAsync();
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        var guesser = table.GuessersOf(drawer).First();

        await guesser.SendRawCallAsync(method, argumentsJson);

        var refusal = await guesser.WaitForAsync("CanvasRefused");
        refusal.GetProperty("code").GetString().ShouldBe("NOT_DRAWER");
        refusal.GetProperty("method").GetString().ShouldBe(method);
        refusal.GetProperty("message").GetString().ShouldNotBeNullOrWhiteSpace();
        await guesser.ShouldStillBeInRoomAsync(table.RoomId);
        await BadInputKit.SettleAsync();
        foreach (var player in table.Players) player.All("Canvas").ShouldBeEmpty();
        drawer.All("CanvasRefused").ShouldBeEmpty("only the caller hears of its refusal");
    }

    [Fact]
    public async Task A_sent_stroke_outside_the_canvas_is_refused_with_VALIDATION_FAILED_and_its_stroke_id_and_the_drawer_draws_on()
    {
        var table = await SeatAsync();
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        var guesser = table.GuessersOf(drawer).First();

        await drawer.SendAsync("DrawStroke", new { strokeId = 8, tool = "pen", color = 3, size = 1, points = new[] { 1600, 10 } });
        await drawer.SendAsync("DrawStroke", BadInputKit.Stroke(9));

        var refusal = await drawer.WaitForAsync("CanvasRefused");
        refusal.GetProperty("code").GetString().ShouldBe("VALIDATION_FAILED");
        refusal.GetProperty("strokeId").GetInt32().ShouldBe(8);
        refusal.GetProperty("message").GetString().ShouldNotBeNull().ShouldContain("points");
        await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 9);
        guesser.All("Canvas").ShouldNotContain(c => c.GetProperty("strokeId").GetInt32() == 8);
        drawer.All("CanvasRefused").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Sent_strokes_over_the_burst_are_refused_with_RATE_LIMITED_one_event_each_and_the_connection_stays_usable()
    {
        var table = await SeatAsync();
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        var guesser = table.GuessersOf(drawer).First();

        for (var strokeId = 1; strokeId <= 123; strokeId++) await drawer.SendAsync("DrawStroke", BadInputKit.Stroke(strokeId));

        await BadInputKit.EventuallyAsync(() => drawer.All("CanvasRefused").Count == 3, "the drawer hears of the 3 batches over the burst of 120");
        drawer.All("CanvasRefused").Select(r => (r.GetProperty("code").GetString(), r.GetProperty("strokeId").GetInt32()))
            .ShouldBe([("RATE_LIMITED", 121), ("RATE_LIMITED", 122), ("RATE_LIMITED", 123)]);
        await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 120);
        await BadInputKit.SettleAsync();
        guesser.All("Canvas").Count.ShouldBe(120);
        await drawer.ShouldStillBeInRoomAsync(table.RoomId);
    }

    [Fact]
    public async Task An_invoked_stroke_is_still_answered_by_its_completion_and_not_by_CanvasRefused()
    {
        var table = await SeatAsync();
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        var guesser = table.GuessersOf(drawer).First();

        await guesser.ShouldFailWithAsync("NOT_DRAWER", "DrawStroke", BadInputKit.Stroke(1));
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(2));

        await BadInputKit.SettleAsync();
        guesser.All("CanvasRefused").ShouldBeEmpty();
        (await guesser.WaitForAsync("Canvas")).GetProperty("strokeId").GetInt32().ShouldBe(2);
    }

    [Theory]
    [InlineData("DrawStroke:sent")]
    [InlineData("Undo:sent")]
    public async Task The_internal_name_of_a_sent_call_is_no_hub_method(string target)
    {
        var table = await SeatAsync();
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();

        var error = await drawer.InvokeRawExpectingErrorAsync(target, target.StartsWith("Undo", StringComparison.Ordinal) ? "[1]" : $"[{JsonSerializer.Serialize(BadInputKit.Stroke(1))}]");

        error.Code.ShouldBe("VALIDATION_FAILED");
        error.Message.ShouldContain("is not a hub method");
        await drawer.ShouldStillBeInRoomAsync(table.RoomId);
    }

    private Task<GameTable> SeatAsync() => GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
}
