using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Postgres;

/// <summary>PostgreSQL goes away and comes back while the server runs: play goes on, results wait in the outbox and are stored once.</summary>
public sealed class PostgresOutageTests(StoppablePostgresServer postgres) : IClassFixture<StoppablePostgresServer>
{
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task A_game_that_finishes_while_postgres_is_down_shows_its_podium_and_reaches_the_rankings_and_its_gallery_once_postgres_is_back()
    {
        await using var server = new DrawGuessServer(await postgres.CreateDatabaseAsync());
        using var http = server.CreateClient();
        (await http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await postgres.StopAsync();
        JsonElement[] podium;
        string galleryId;
        try
        {
            (podium, galleryId) = await PlayTwoPlayerGameWithGalleryAsync(server);
            podium.Length.ShouldBe(2);

            var status = await http.GetFromJsonAsync<JsonElement>("/api/status");
            RankingsDb(status).GetProperty("state").GetString().ShouldBe("down");
            PendingResults(status).ShouldBe(1);
            // With the live state in Redis (test.sh's second pass) the result waits in Redis instead.
            if (!DrawGuessServer.OnProductionAdapters) Directory.GetFiles(server.OutboxPath, "*.json").Length.ShouldBe(1);
            using (var ready = await http.GetAsync("/health/ready"))
            {
                ready.StatusCode.ShouldBe(HttpStatusCode.OK, "games go on, so the instance stays in the load balancer");
                (await ready.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Degraded");
            }
            (await http.GetStringAsync("/metrics")).ShouldContain("drawguess_rankings_pending_results 1\n");
            using var leaderboardWhileDown = await http.GetAsync("/api/rankings");
            leaderboardWhileDown.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await leaderboardWhileDown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("SERVICE_UNAVAILABLE");
            using var galleryWhileDown = await http.GetAsync($"/api/games/{galleryId}");
            galleryWhileDown.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        }
        finally
        {
            await postgres.StartAsync();
        }

        await RecoveredAsync(server, http);
        var leaderboard = await http.GetFromJsonAsync<JsonElement>("/api/rankings");
        leaderboard.EnumerateArray()
            .Select(e => (e.GetProperty("playerId").GetString(), e.GetProperty("totalScore").GetInt64(), e.GetProperty("games").GetInt32()))
            .ShouldBe(podium.Select(p => (p.GetProperty("playerId").GetString(), (long)p.GetProperty("score").GetInt32(), 1)), ignoreOrder: true);
        (await http.GetFromJsonAsync<JsonElement>("/api/games/recent")).GetArrayLength().ShouldBe(1);
        var gallery = await http.GetFromJsonAsync<JsonElement>($"/api/games/{galleryId}");
        gallery.GetProperty("drawings").GetArrayLength().ShouldBe(2, "the drawings waited in the outbox with the result");
        if (!DrawGuessServer.OnProductionAdapters) Directory.GetFiles(server.OutboxPath, "*.json").ShouldBeEmpty();
        (await http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_server_started_while_postgres_is_down_serves_games_and_migrates_once_postgres_is_reachable()
    {
        var database = await postgres.CreateDatabaseAsync();
        await postgres.StopAsync();
        DrawGuessServer server;
        try
        {
            server = new DrawGuessServer(database);
            using var http = server.CreateClient();
            (await http.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK, "degraded, not unready: games go on");
            (await PlayTwoPlayerGameAsync(server)).Length.ShouldBe(2);
        }
        finally
        {
            await postgres.StartAsync();
        }

        await using (server)
        {
            using var http = server.CreateClient();
            await RecoveredAsync(server, http);
            (await http.GetFromJsonAsync<JsonElement>("/api/games/recent")).GetArrayLength().ShouldBe(1);
            (await http.GetFromJsonAsync<JsonElement>("/api/rankings")).GetArrayLength().ShouldBe(2);
        }
    }

    private static async Task<(JsonElement[] Podium, string GalleryId)> PlayTwoPlayerGameWithGalleryAsync(DrawGuessServer server)
    {
        await using var table = await GameTable.SeatAsync(server, GameTable.Settings(), "Ann", "Bob");
        var podium = await table.PlayTwoPlayerGameAsync();
        return (podium, (await table.Host.WaitForAsync("GameOver")).GetProperty("galleryId").GetString()!);
    }

    private static async Task<JsonElement[]> PlayTwoPlayerGameAsync(DrawGuessServer server)
    {
        await using var table = await GameTable.SeatAsync(server, GameTable.Settings(), "Ann", "Bob");
        return await table.PlayTwoPlayerGameAsync();
    }

    /// <summary>Moves the server's clock on so its retries run, until status shows the database up and the outbox empty.</summary>
    private static async Task RecoveredAsync(DrawGuessServer server, HttpClient http)
    {
        var deadline = DateTime.UtcNow + Recovery;
        while (true)
        {
            server.Clock.Advance(TimeSpan.FromSeconds(30));
            var status = await http.GetFromJsonAsync<JsonElement>("/api/status");
            if (RankingsDb(status).GetProperty("state").GetString() == "up" && PendingResults(status) == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not recovered within {Recovery}: {status}");
            await Task.Delay(250);
        }
    }

    private static JsonElement RankingsDb(JsonElement status) =>
        status.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "rankings_db");

    private static int PendingResults(JsonElement status) => status.GetProperty("rankings").GetProperty("pendingResults").GetInt32();
}
