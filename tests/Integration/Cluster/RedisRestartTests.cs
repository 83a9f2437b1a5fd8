using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Cluster.ClusterChecks;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// Redis restarted under a running game (an upgrade, a failover): calls fail fast and clearly while
/// it is away, readiness reports it, and the same server process carries on once it is back. Redis
/// runs with an append-only file, as in production, so the restart keeps the live state.
/// </summary>
public sealed class RedisRestartTests(ITestOutputHelper output) : RealServersTest(output)
{
    private static readonly TimeSpan Eventually = TimeSpan.FromSeconds(60);
    private RedisServer _redis = null!;
    private ServerProcess _server = null!;

    public override async Task InitializeAsync()
    {
        _redis = await RedisServer.StartPersistentAsync();
        var settings = ServerProcess.OnRedis(_redis.ConnectionString, RedisServer.UniqueKeyPrefix());
        // Every command takes the room's lease from Redis: a lease kept from the command before the stop would
        // serve a snapshot from memory, rightly, and the calls below are to show what needs Redis (CI hit it).
        settings["Redis:RoomLeaseKeptFor"] = "00:00:00";
        _server = await StartServerAsync("A", settings);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task While_Redis_is_down_calls_fail_with_a_documented_code_and_readiness_is_503_then_the_same_process_serves_the_game_again()
    {
        var players = await SeatAsync(Settings(), (_server, "Ann"), (_server, "Bob"));
        var (ann, bob) = (players[0], players[1]);
        await ann.InvokeAsync("StartGame");
        var word = await GameTable.ChooseFirstWordAsync(ann, 1);
        using var http = _server.CreateHttpClient();
        (await http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await _redis.StopAsync();

        var documented = RepositoryFiles.DocumentedErrorCodes();
        foreach (var (method, argument) in new (string, object?)[] { ("GetSnapshot", null), ("SendMessage", "hello"), ("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 1, 2 } }) })
        {
            var caller = method == "DrawStroke" ? ann : bob;
            var error = argument is null ? await caller.InvokeExpectingErrorAsync(method) : await caller.InvokeExpectingErrorAsync(method, argument);
            error.Message.ShouldContain("HubException: ", customMessage: $"{method} failed without a stable code");
            documented.ShouldContain(error.Code, $"{method} failed with an undocumented code");
        }
        await EventuallyReadinessIsAsync(http, HttpStatusCode.ServiceUnavailable);
        var whileDown = await http.GetFromJsonAsync<JsonElement>("/api/status");
        Dependency(whileDown, "redis").GetProperty("state").GetString().ShouldBe("down", "the status page is where an operator looks during the outage");
        whileDown.GetProperty("game").GetProperty("roomsPlaying").ValueKind.ShouldBe(JsonValueKind.Null, "a figure the live state holds is unknown while Redis is down");
        var metricsWhileDown = await EventuallyScrapedAsync(http, "drawguess_dependency_up{dependency=\"redis\"} 0\n"); // DrawGuessDependencyDown can fire
        metricsWhileDown.ShouldNotContain("drawguess_cluster_rooms", customMessage: "an unknown figure is left out, not scraped as 0");

        await _redis.StartAsync();

        await EventuallyReadinessIsAsync(http, HttpStatusCode.OK);
        var back = await http.GetFromJsonAsync<JsonElement>("/api/status");
        Dependency(back, "redis").GetProperty("state").GetString().ShouldBe("up");
        back.GetProperty("game").GetProperty("roomsPlaying").GetInt32().ShouldBe(1);
        (await http.GetStringAsync("/metrics")).ShouldContain("drawguess_cluster_rooms{status=\"playing\"} 1\n");
        var game = (await bob.InvokeAsync("GetSnapshot")).GetProperty("game");
        TurnOf(game).ShouldBe(1, "the game survived the restart");
        await bob.InvokeAsync("SendMessage", word);
        (await bob.WaitForAsync("YouGuessed", g => TurnOf(g) == 1)).GetProperty("word").GetString().ShouldBe(word);
        await ann.WaitForAsync("TurnEnded", t => TurnOf(t) == 1, Eventually);
        (await ann.WaitForAsync("TurnStarted", t => TurnOf(t) == 2, Eventually)).GetProperty("drawerId").GetString().ShouldBe(bob.PlayerId);
        var next = await GameTable.ChooseFirstWordAsync(bob, 2);
        await ann.InvokeAsync("SendMessage", next);
        foreach (var player in players) await player.WaitForAsync("GameOver", timeout: Eventually);
    }

    [Fact]
    public async Task Rooms_refused_while_Redis_is_down_do_not_use_up_the_addresss_budget_for_new_rooms()
    {
        var host = await PlayerAsync(_server, "Ann");
        await _redis.StopAsync();

        // The web app retries a refused call; each retry beyond the 10 a new address may make at once is still refused only for the outage.
        for (var attempt = 0; attempt < 12; attempt++)
            (await host.InvokeExpectingErrorAsync("CreateRoom", Settings())).Code.ShouldBe("SERVICE_UNAVAILABLE", $"attempt {attempt + 1}");

        await _redis.StartAsync();
        using var http = _server.CreateHttpClient();
        await EventuallyReadinessIsAsync(http, HttpStatusCode.OK);
        (await host.InvokeAsync("CreateRoom", Settings())).GetProperty("room").GetProperty("roomId").GetString().ShouldNotBeNullOrEmpty();
    }

    private static JsonElement Dependency(JsonElement status, string name) =>
        status.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("name").GetString() == name);

    /// <summary>Scrapes /metrics (which must answer 200 every time) until it reports the series; the dependency monitor probes every 10 s.</summary>
    private static async Task<string> EventuallyScrapedAsync(HttpClient http, string series)
    {
        var deadline = DateTime.UtcNow + Eventually;
        string scraped;
        do
        {
            scraped = await http.GetStringAsync("/metrics");
            if (scraped.Contains(series, StringComparison.Ordinal)) return scraped;
            await Task.Delay(500);
        }
        while (DateTime.UtcNow < deadline);
        scraped.ShouldContain(series, customMessage: "/metrics never reported it");
        return scraped;
    }

    private static async Task EventuallyReadinessIsAsync(HttpClient http, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow + Eventually;
        HttpStatusCode? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = (await http.GetAsync("/health/ready")).StatusCode;
            if (last == expected) return;
            await Task.Delay(500);
        }
        last.ShouldBe(expected, "/health/ready never reported it");
    }
}
