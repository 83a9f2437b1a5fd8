using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using DrawGuess.WebApi.Logging;
using Microsoft.Extensions.Configuration;
using Serilog.Events;
using Serilog.Parsing;

namespace DrawGuess.IntegrationTests.Operations;

public sealed class LogTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void A_log_line_is_one_json_object_with_the_documented_fields()
    {
        var template = new MessageTemplateParser().Parse("Player {PlayerId} joined room {RoomId}");
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Warning, new InvalidOperationException("boom"), template,
        [
            new LogEventProperty("PlayerId", new ScalarValue("p1")),
            new LogEventProperty("RoomId", new ScalarValue("r\"1")),
            new LogEventProperty("Module", new ScalarValue("Rooms")),
        ]);
        using var output = new StringWriter();

        new CompactJsonFormatter().Format(logEvent, output);

        var text = output.ToString();
        text.TrimEnd('\r', '\n').ShouldNotContain('\n');
        var json = JsonDocument.Parse(text).RootElement;
        json.GetProperty("@l").GetString().ShouldBe("Warning");
        json.GetProperty("@mt").GetString().ShouldBe("Player {PlayerId} joined room {RoomId}");
        json.GetProperty("@m").GetString().ShouldBe("Player \"p1\" joined room \"r\\\"1\"");
        json.GetProperty("@x").GetString()!.ShouldContain("boom");
        json.GetProperty("RoomId").GetString().ShouldBe("r\"1");
        json.GetProperty("Module").GetString().ShouldBe("Rooms");
        DateTimeOffset.Parse(json.GetProperty("@t").GetString()!).ShouldBe(logEvent.Timestamp, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public void LogFormat_text_gives_a_person_plain_lines_and_json_stays_the_default()
    {
        var template = new MessageTemplateParser().Parse("Game {GameId} started in room {RoomId}");
        var logEvent = new LogEvent(new DateTimeOffset(2026, 12, 5, 8, 30, 15, TimeSpan.Zero), LogEventLevel.Information, null, template,
            [new LogEventProperty("GameId", new ScalarValue("g1")), new LogEventProperty("RoomId", new ScalarValue("r1"))]);
        string Format(string? logFormat)
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["LogFormat"] = logFormat }).Build();
            using var output = new StringWriter();
            LoggingSetup.ConsoleFormatter(configuration).Format(logEvent, output);
            return output.ToString();
        }

        Format("text").ShouldBe($"{logEvent.Timestamp:HH:mm:ss} INF Game g1 started in room r1{Environment.NewLine}");
        JsonDocument.Parse(Format(null)).RootElement.GetProperty("@mt").GetString().ShouldBe("Game {GameId} started in room {RoomId}");
    }

    [Fact]
    public async Task A_REST_request_is_one_information_line_and_a_health_probe_only_a_debug_line()
    {
        using var http = _server.CreateClient();

        (await http.GetAsync("/api/rooms/ZZZZZZ")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await http.GetAsync("/health")).EnsureSuccessStatusCode();

        var requests = _server.Logs.Lines.Where(l => l.Contains("responded", StringComparison.Ordinal)).ToArray();
        requests.Length.ShouldBe(2);
        requests[0].ShouldStartWith("Information Serilog.AspNetCore.RequestLoggingMiddleware HTTP \"GET\" \"/api/rooms/ZZZZZZ\" responded 404 in");
        requests[1].ShouldStartWith("Debug Serilog.AspNetCore.RequestLoggingMiddleware HTTP \"GET\" \"/health\" responded 200 in");
    }

    [Fact]
    public async Task The_logs_of_a_whole_game_hold_no_secret_word_and_no_resume_token()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        var words = new List<string>();
        await table.Host.InvokeAsync("StartGame");
        for (var turnId = 1; turnId <= 2; turnId++)
        {
            var drawer = await table.DrawerOfTurnAsync(turnId);
            var word = await GameTable.ChooseFirstWordAsync(drawer, turnId);
            words.Add(word);
            await drawer.InvokeExpectingErrorAsync("SendMessage", word);
            await table.GuessersOf(drawer).Single().InvokeAsync("SendMessage", word);
            await table.Host.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
            _server.Clock.Advance(TimeSpan.FromSeconds(5));
        }
        await table.Host.WaitForAsync("GameOver");

        var lines = _server.Logs.Lines;
        lines.ShouldContain(l => l.Contains("Game", StringComparison.Ordinal) && l.Contains("finished", StringComparison.Ordinal));
        foreach (var secret in words.Concat(table.Players.Select(p => p.ResumeToken)))
            lines.Where(l => l.Contains(secret, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Lines_logged_from_many_threads_at_once_reach_stdout_whole_and_a_huge_one_does_not_break_the_next()
    {
        var template = new MessageTemplateParser().Parse("Player {PlayerId} said {Text}");
        LogEvent Event(int player, string text) => new(DateTimeOffset.UtcNow, LogEventLevel.Information, null, template,
            [new LogEventProperty("PlayerId", new ScalarValue(player)), new LogEventProperty("Text", new ScalarValue(text))]);
        using var stdout = new MemoryStream();
        using (var sink = new JsonLinesConsoleSink(new CompactJsonFormatter(), stdout))
        {
            await Task.WhenAll(Enumerable.Range(0, 8).Select(thread => Task.Run(() =>
            {
                for (var i = 0; i < 200; i++) sink.Emit(Event(thread * 1000 + i, "안녕 " + new string('x', i)));
            })));
            sink.Emit(Event(-1, new string('y', 100_000)));
            sink.Emit(Event(-2, "after the huge one"));
            stdout.Length.ShouldBeGreaterThan(0, "each line is flushed as it is written");
        }

        var lines = System.Text.Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var players = lines.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("PlayerId").GetInt32()).ToList();
        players.Count.ShouldBe(8 * 200 + 2);
        players.Distinct().Count().ShouldBe(players.Count);
        JsonDocument.Parse(lines[^1]).RootElement.GetProperty("Text").GetString().ShouldBe("after the huge one");
        JsonDocument.Parse(lines[0]).RootElement.GetProperty("Text").GetString()!.ShouldStartWith("안녕");
    }
}
