using DrawGuess.IntegrationTests.Support;
using static DrawGuess.IntegrationTests.Support.PrometheusText;

namespace DrawGuess.IntegrationTests.Operations;

public sealed class MetricsTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Metrics_are_served_in_the_prometheus_text_format_and_follow_the_game()
    {
        using var http = _server.CreateClient();
        var before = await http.GetStringAsync("/metrics");
        Value(before, "drawguess_games_started_total").ShouldBe(0);
        Value(before, "drawguess_guesses_total{outcome=\"correct\"}").ShouldBe(0);

        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        var (drawer, word) = await table.StartDrawingAsync();
        await drawer.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 1, 1, 2, 2 } });
        await table.GuessersOf(drawer).Single().InvokeAsync("SendMessage", "nope");
        await table.GuessersOf(drawer).Single().InvokeAsync("SendMessage", word);
        await table.Host.WaitForAsync("TurnEnded");
        await drawer.InvokeExpectingErrorAsync("ChooseWord", 0);

        var after = await http.GetStringAsync("/metrics");

        Value(after, "drawguess_connected_players").ShouldBe(2);
        Value(after, "drawguess_cluster_connected_players").ShouldBe(2, "one instance holds the whole deployment");
        Value(after, "drawguess_cluster_rooms{status=\"playing\"}").ShouldBe(1);
        Value(after, "drawguess_games_started_total").ShouldBe(1);
        Value(after, "drawguess_turns_total").ShouldBe(1);
        Value(after, "drawguess_guesses_total{outcome=\"correct\"}").ShouldBe(1);
        Value(after, "drawguess_guesses_total{outcome=\"wrong\"}").ShouldBe(1);
        Value(after, "drawguess_strokes_received_total").ShouldBe(1);
        Value(after, "drawguess_strokes_delivered_total").ShouldBe(1);
        Value(after, "drawguess_hub_invocation_duration_seconds_count{method=\"SendMessage\"}").ShouldBe(2);
        Value(after, "drawguess_hub_errors_total{method=\"ChooseWord\",code=\"WRONG_PHASE\"}").ShouldBe(1);
        Value(after, "drawguess_hub_invocation_duration_seconds_bucket{method=\"SendMessage\",le=\"+Inf\"}").ShouldBe(2);
        after.ShouldContain("drawguess_http_request_duration_seconds_count{method=\"GET\",route=\"/metrics\",status=\"200\"}");
        Value(after, "process_resident_memory_bytes").ShouldBeGreaterThan(0);
        Value(after, "dotnet_gc_allocated_bytes_total").ShouldBeGreaterThan(Value(before, "dotnet_gc_allocated_bytes_total"), "a game allocates");
        after.ShouldNotContain(word);
    }

    [Fact]
    public async Task What_happened_before_the_first_scrape_is_counted()
    {
        await using (var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob"))
        {
            var (drawer, _) = await table.StartDrawingAsync();
            await drawer.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 1, 1, 2, 2 } });
        }

        using var http = _server.CreateClient();
        var first = await http.GetStringAsync("/metrics");

        Value(first, "drawguess_games_started_total").ShouldBe(1);
        Value(first, "drawguess_turns_total").ShouldBe(1);
        Value(first, "drawguess_strokes_received_total").ShouldBe(1);
        Value(first, "drawguess_hub_invocation_duration_seconds_count{method=\"DrawStroke\"}").ShouldBe(1);
    }
}
