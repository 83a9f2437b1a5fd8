using Npgsql;

namespace DrawGuess.Bench.Rankings;

/// <summary>Server-side seeding with generate_series: deterministic (setseed), skewed like real play (a few players play far more).</summary>
internal static class Seeding
{
    private const int LapsedPlayer = -1;

    public static async Task SeedAsync(NpgsqlDataSource data, int games, int players)
    {
        if (await ScalarAsync<long>(data, "SELECT count(*) FROM rankings.game_results") > 0)
        {
            Console.WriteLine("Database already seeded; measuring it as it is.");
            return;
        }
        Console.Write($"Seeding {games:N0} games x 4 players over {players:N0} player ids... ");
        var started = DateTime.UtcNow;
        // Seat s of game g: player (base + s * players/4) mod players, so the four are distinct; base = players * random()^2
        // puts low ids in many games (the most active player ~ 800 games) and most players in a few. One more player
        // played every 50th game of the first tenth and then stopped: the worst case for "their latest games".
        await ExecuteAsync(data, $"""
            SELECT setseed(0.42);
            CREATE TEMP TABLE seats AS
                SELECT g, s, CASE WHEN s = 3 AND g <= {games} / 10 AND g % 50 = 0 THEN {LapsedPlayer} ELSE (b + s * ({players} / 4)) % {players} END AS p, (random() * 600)::int AS score, 1 + (random() * 2)::int AS drawn,
                       (random() * 4)::int AS guessed
                FROM (SELECT g, floor({players} * random() ^ 2)::int AS b FROM generate_series(1, {games}) AS g) AS games,
                     generate_series(0, 3) AS s;
            INSERT INTO rankings.game_results ("GameId", "RoomId", "RoomName", "StartedAt", "FinishedAt")
                SELECT md5('game' || g)::uuid, md5('room' || (g % 5000))::uuid, 'Room ' || (g % 5000),
                       timestamptz '2026-01-01' + g * interval '1 minute' - interval '8 minutes', timestamptz '2026-01-01' + g * interval '1 minute'
                FROM generate_series(1, {games}) AS g;
            INSERT INTO rankings.player_results ("GameId", "PlayerId", "Name", "Score", "Rank", "TurnsDrawn", "CorrectGuesses", "FinishedAt")
                SELECT md5('game' || g)::uuid, md5('player' || p)::uuid, 'Player ' || p, score,
                       rank() OVER (PARTITION BY g ORDER BY score DESC), drawn, guessed, timestamptz '2026-01-01' + g * interval '1 minute'
                FROM seats;
            INSERT INTO rankings.player_statistics ("PlayerId", "Name", "TotalScore", "Games", "Wins", "BestScore", "TurnsDrawn", "CorrectGuesses", "LastPlayedAt")
                SELECT r."PlayerId", max(r."Name"), sum(r."Score"), count(*), count(*) FILTER (WHERE r."Rank" = 1 AND r."Score" > 0), max(r."Score"),
                       sum(r."TurnsDrawn"), sum(r."CorrectGuesses"), max(g."FinishedAt")
                FROM rankings.player_results r JOIN rankings.game_results g USING ("GameId")
                GROUP BY r."PlayerId";
            DROP TABLE seats;
            """);
        // As autovacuum would have done by the time a table holds a million rows: statistics and a visibility map.
        foreach (var table in new[] { "game_results", "player_results", "player_statistics" }) await ExecuteAsync(data, $"VACUUM ANALYZE rankings.{table}");
        Console.WriteLine($"{(DateTime.UtcNow - started).TotalSeconds:0} s");
        Console.WriteLine($"player_results: {await ScalarAsync<long>(data, "SELECT count(*) FROM rankings.player_results"):N0} rows, " +
            $"distinct players: {await ScalarAsync<long>(data, "SELECT count(*) FROM rankings.player_statistics"):N0}");
    }

    /// <summary>The median player by games played, the player with the most games, and the player who stopped playing long ago.</summary>
    public static async Task<((Guid Id, int Games) Typical, (Guid Id, int Games) Heaviest, (Guid Id, int Games) Lapsed)> SamplePlayersAsync(NpgsqlDataSource data)
    {
        async Task<(Guid, int)> One(string sql)
        {
            await using var command = data.CreateCommand(sql);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            return (reader.GetGuid(0), reader.GetInt32(1));
        }
        var typical = await One("""
            SELECT "PlayerId", "Games" FROM rankings.player_statistics ORDER BY "Games", "PlayerId"
            OFFSET (SELECT count(*) / 2 FROM rankings.player_statistics) LIMIT 1
            """);
        var heaviest = await One("""SELECT "PlayerId", "Games" FROM rankings.player_statistics ORDER BY "Games" DESC, "PlayerId" LIMIT 1""");
        var lapsed = await One($"""SELECT "PlayerId", "Games" FROM rankings.player_statistics WHERE "PlayerId" = md5('player' || {LapsedPlayer})::uuid""");
        return (typical, heaviest, lapsed);
    }

    public static async Task<IReadOnlyList<string>> ExplainAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand($"EXPLAIN (ANALYZE, BUFFERS) {sql}");
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(0));
        return lines;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource data, string sql)
    {
        await using var command = data.CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
