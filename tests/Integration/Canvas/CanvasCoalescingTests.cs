using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;
using static DrawGuess.IntegrationTests.Support.PrometheusText;

namespace DrawGuess.IntegrationTests.Canvas;

/// <summary>
/// A busy server's canvas operations (docs/protocol.md "Canvas", ADR 0024), on a server that is always busy, with a
/// window of two seconds so that what the drawer sends within it waits: every receiver gets each operation once and
/// in order, the first at once and the rest in one CanvasBatch, which the metrics count; nobody gets an operation
/// from before they came.
/// </summary>
public sealed class CanvasCoalescingTests : IDisposable
{
    private readonly DrawGuessServer _server = new()
    {
        Settings =
        {
            ["Realtime:CanvasCoalescing:BusyQueueLength"] = "0",
            ["Realtime:CanvasCoalescing:Window"] = "00:00:02",
        },
    };

    [Fact]
    public async Task Operations_drawn_within_the_window_reach_every_guesser_once_and_in_order_the_first_at_once_the_rest_in_one_CanvasBatch()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();

        await drawer.SendAsync("DrawStroke", BadInputKit.Stroke(1));
        await drawer.SendAsync("DrawStroke", BadInputKit.Stroke(2));
        await drawer.SendAsync("Undo", 2);
        await drawer.SendAsync("DrawStroke", BadInputKit.Stroke(3));
        await drawer.SendAsync("ClearCanvas", 4);

        foreach (var guesser in table.GuessersOf(drawer))
        {
            await guesser.WaitForAsync("Canvas", c => c.GetProperty("kind").GetString() == "clear");
            var received = guesser.Events.Where(e => e.Target == "Canvas").ToArray();
            received.Select(e => (e.Payload.GetProperty("kind").GetString(), e.Payload.GetProperty("strokeId").GetInt32()))
                .ShouldBe([("stroke", 1), ("stroke", 2), ("undo", 2), ("stroke", 3), ("clear", 4)]);
            received[0].RawFrame.ShouldContain("\"target\":\"Canvas\"", customMessage: "the first operation after a quiet window leaves at once");
            received.Skip(1).Select(e => e.RawFrame).Distinct().ShouldHaveSingleItem().ShouldContain("\"target\":\"CanvasBatch\"");
        }
        drawer.All("Canvas").ShouldBeEmpty();
        using var http = _server.CreateClient();
        Value(await http.GetStringAsync("/metrics"), "drawguess_canvas_batches_total").ShouldBe(1, "one CanvasBatch, to both guessers");
    }

    [Fact]
    public async Task A_spectator_who_comes_while_a_stroke_waits_has_it_in_their_snapshot_only_and_gets_every_later_one()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidy = table.Tidy();
        var (drawer, _) = await table.StartDrawingAsync();
        var guesser = table.GuessersOf(drawer).First();
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(1));
        await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 1);

        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(2)); // answered once stored: it waits for the window
        await using var spectator = await _server.PlayerAsync("Eve");
        var snapshot = await spectator.InvokeAsync("WatchRoom", table.Code);
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(3));

        snapshot.GetProperty("game").GetProperty("canvas").EnumerateArray().Select(op => op.GetProperty("strokeId").GetInt32()).ShouldBe([1, 2]);
        await spectator.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 3);
        await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 3);
        spectator.All("Canvas").Select(c => c.GetProperty("strokeId").GetInt32()).ShouldBe([3]);
        guesser.All("Canvas").Select(c => c.GetProperty("strokeId").GetInt32()).ShouldBe([1, 2, 3]);
    }

    public void Dispose() => _server.Dispose();
}
