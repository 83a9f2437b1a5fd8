using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Rankings.Persistence.Migrations;
using DrawGuess.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DrawGuess.IntegrationTests.Postgres;

[Collection(PostgresCollection.Name)]
public sealed class PostgresRankingsTests(PostgresServer postgres)
{
    [Fact]
    public async Task Migrations_build_the_rankings_schema_from_an_empty_database_and_rerunning_them_changes_nothing()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using (var server = new DrawGuessServer(database))
        {
            using var http = server.CreateClient();
            (await http.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        }

        (await Scalar<long>(database, "SELECT count(*) FROM rankings.schema_migrations")).ShouldBe(RankingsMigrations.All.Count);
        (await Scalar<long>(database,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'rankings' AND table_name IN ('game_results','player_results','player_statistics')"))
            .ShouldBe(3);
        (await Scalar<long>(database, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'rankings' AND indexname = 'ix_player_statistics_leaderboard'"))
            .ShouldBe(1);
        (await Scalar<long>(database, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'rankings' AND indexname = 'ix_player_results_player_latest'"))
            .ShouldBe(1);

        await using (var again = new DrawGuessServer(database))
        {
            using var http = again.CreateClient();
            (await http.GetAsync("/health/ready")).EnsureSuccessStatusCode();
        }
        (await Scalar<long>(database, "SELECT count(*) FROM rankings.schema_migrations")).ShouldBe(RankingsMigrations.All.Count);
    }

    [Fact]
    public async Task A_game_played_on_postgres_reaches_the_leaderboard_once_even_if_its_finish_is_processed_twice()
    {
        await using var server = new DrawGuessServer(await postgres.CreateDatabaseAsync());
        await using var table = await GameTable.SeatAsync(server, GameTable.Settings(), "Ann", "Bob");
        var podium = await table.PlayTwoPlayerGameAsync();

        using var http = server.CreateClient();
        var leaderboard = await http.GetFromJsonAsync<JsonElement>("/api/rankings");
        leaderboard.EnumerateArray().Select(e => (e.GetProperty("playerId").GetString(), e.GetProperty("totalScore").GetInt64()))
            .ShouldBe(podium.Select(p => (p.GetProperty("playerId").GetString(), (long)p.GetProperty("score").GetInt32())), ignoreOrder: true);

        var twice = new GameFinishedIntegrationEvent(GameId.New(), RoomId.New(), "Twice", DateTimeOffset.UtcNow.AddMinutes(-2), DateTimeOffset.UtcNow,
            [new PlayerGameResultDto(new PlayerId(Guid.Parse(table.Players[0].PlayerId)), "Ann", 100, 1, 1, 1, 0)]);
        foreach (var _ in Enumerable.Range(0, 2))
        {
            // Rankings records the result whatever room it came from: it reads nothing of the room's unit of work.
            await server.Services.GetRequiredService<IRoomEventHandler<GameFinishedIntegrationEvent>>().Handle(twice, room: null!, CancellationToken.None);
        }
        (await http.GetFromJsonAsync<JsonElement>("/api/games/recent")).GetArrayLength().ShouldBe(2);
        var stats = await http.GetFromJsonAsync<JsonElement>($"/api/players/{table.Players[0].PlayerId}/stats");
        stats.GetProperty("games").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_players_place_on_the_leaderboard_is_counted_by_postgres()
    {
        await using var server = new DrawGuessServer(await postgres.CreateDatabaseAsync());
        await LeaderboardPlaces.AssertAsync(server);
    }

    [Fact]
    public async Task A_game_played_on_postgres_leaves_its_gallery_until_it_expires_and_is_swept()
    {
        var database = await postgres.CreateDatabaseAsync();
        await using var server = new DrawGuessServer(database);
        server.Settings["Gallery:SweepInterval"] = "30.00:00:00";
        await using var table = await GameTable.SeatAsync(server, GameTable.Settings(), "Ann", "Bob");
        await table.PlayTwoPlayerGameAsync();
        var galleryId = (await table.Host.WaitForAsync("GameOver")).GetProperty("galleryId").GetString()!;
        using var http = server.CreateClient();

        var response = await http.GetAsync($"/api/games/{galleryId}");
        response.IsSuccessStatusCode.ShouldBeTrue(string.Join("\n", server.Logs.Lines.Where(l => l.Contains("Warn") || l.Contains("Error") || l.Contains("xception"))));
        var gallery = await response.Content.ReadFromJsonAsync<JsonElement>();
        gallery.GetProperty("drawings").EnumerateArray().Select(d => d.GetProperty("drawerName").GetString()).ShouldBe(["Ann", "Bob"]);

        server.Clock.Advance(TimeSpan.FromDays(7));
        (await http.GetAsync($"/api/games/{galleryId}")).StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        (await server.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .OfType<DrawGuess.Infrastructure.Rankings.Gallery.ExpiredGallerySweeper>().Single().SweepAsync(CancellationToken.None)).ShouldBe(1);
        (await Scalar<long>(database, "SELECT count(*) FROM rankings.game_galleries")).ShouldBe(0);
    }

    [Fact]
    public async Task A_database_at_version_1_keeps_its_games_and_finds_each_players_latest_games_after_the_upgrade()
    {
        var database = await postgres.CreateDatabaseAsync();
        var (gameId, playerId) = (Guid.NewGuid(), Guid.NewGuid());
        await Execute(database, "CREATE SCHEMA rankings; " + RankingsMigrations.All[0].Postgres + $"""
            CREATE TABLE rankings.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL);
            INSERT INTO rankings.schema_migrations VALUES (1, 'v1', '2026-01-01');
            INSERT INTO rankings.game_results VALUES ('{gameId}', '{Guid.NewGuid()}', 'Old room', '2026-01-01 10:00+00', '2026-01-01 10:20+00');
            INSERT INTO rankings.player_results VALUES ('{gameId}', '{playerId}', 'Ann', 250, 1, 1, 3);
            INSERT INTO rankings.player_statistics VALUES ('{playerId}', 'Ann', 250, 1, 1, 250, 1, 3, '2026-01-01 10:20+00');
            """);

        await using var server = new DrawGuessServer(database);
        using var http = server.CreateClient();
        var stats = await http.GetFromJsonAsync<JsonElement>($"/api/players/{playerId:N}/stats");

        stats.GetProperty("recentGames").EnumerateArray().Select(g => g.GetProperty("gameId").GetString()).ShouldBe([gameId.ToString("N")]);
        (await Scalar<long>(database, """SELECT count(*) FROM rankings.player_results WHERE "FinishedAt" = timestamptz '2026-01-01 10:20+00'""")).ShouldBe(1);
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
