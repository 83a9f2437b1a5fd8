// Seeds PostgreSQL with finished games (default 250,000 games x 4 players = 1,000,000 player results)
// and times the rankings store's three reads through the real EfRankingsStore, then prints each
// query's SQL as EF Core sent it with its EXPLAIN ANALYZE plan. See docs/performance.md.
//
//   dotnet run -c Release --project bench/Rankings -- --connection "Host=127.0.0.1;Port=5433;Username=postgres;Database=postgres" [--games 250000] [--runs 50]
//
// bench/Rankings/run.sh starts a throw-away cluster on loopback and runs this against it.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using DrawGuess.Application.Rankings;
using DrawGuess.Bench.Rankings;
using DrawGuess.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

var options = Args.Parse(args);
var sql = new SqlCapture();
var builder = Host.CreateApplicationBuilder();
builder.Configuration["Storage:Rankings"] = "Postgres";
builder.Configuration["ConnectionStrings:Rankings"] = options.Connection;
builder.Configuration["Rankings:OutboxPath"] = Path.Combine(Path.GetTempPath(), $"drawguess-bench-outbox-{Guid.NewGuid():N}");
builder.Logging.ClearProviders().AddProvider(sql).SetMinimumLevel(LogLevel.Warning)
    .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information);
builder.Services.AddInfrastructure(builder.Configuration);
using var host = builder.Build();
await host.StartAsync(); // the server's own start-up: migrates the rankings schema

await using var data = NpgsqlDataSource.Create(options.Connection);
await Seeding.SeedAsync(data, options.Games, options.Players);
var (typical, heaviest, lapsed) = await Seeding.SamplePlayersAsync(data);

var store = host.Services.GetRequiredService<IRankingsStore>();
var cases = new (string Name, Guid Player, Func<Task> Run)[]
{
    ("leaderboard top 20", Guid.Empty, () => store.LeaderboardAsync(20, CancellationToken.None)),
    ($"player stats, typical player ({typical.Games} games)", typical.Id, () => store.PlayerStatsAsync(typical.Id, 10, CancellationToken.None)),
    ($"player stats, most active player ({heaviest.Games} games)", heaviest.Id, () => store.PlayerStatsAsync(heaviest.Id, 10, CancellationToken.None)),
    ($"player stats, lapsed player ({lapsed.Games} games, none recent)", lapsed.Id, () => store.PlayerStatsAsync(lapsed.Id, 10, CancellationToken.None)),
    ("recent games 10", Guid.Empty, () => store.RecentGamesAsync(10, CancellationToken.None)),
};

Console.WriteLine($"\n{"query",-48} {"p50 ms",8} {"p95 ms",8} {"max ms",8}   ({options.Runs} runs after 5 warm-up)");
var plans = new List<(string Name, Guid Player, IReadOnlyList<string> Sql)>();
foreach (var (name, player, run) in cases)
{
    for (var i = 0; i < 5; i++) await run();
    sql.Clear();
    await run();
    plans.Add((name, player, sql.Commands));
    var timings = new double[options.Runs];
    for (var i = 0; i < options.Runs; i++)
    {
        var started = Stopwatch.GetTimestamp();
        await run();
        timings[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }
    Array.Sort(timings);
    Console.WriteLine($"{name,-48} {Percentile(timings, 0.50),8:0.00} {Percentile(timings, 0.95),8:0.00} {timings[^1],8:0.00}");
}

foreach (var (name, player, commands) in plans)
{
    Console.WriteLine($"\n=== {name}");
    foreach (var command in commands)
    {
        Console.WriteLine(command);
        Console.WriteLine("--");
        foreach (var line in await Seeding.ExplainAsync(data, SqlCapture.Inline(command, player, name))) Console.WriteLine(line);
    }
}
await host.StopAsync();

static double Percentile(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];

namespace DrawGuess.Bench.Rankings
{
    internal sealed record Args(string Connection, int Games, int Players, int Runs)
    {
        public static Args Parse(string[] args)
        {
            string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
            return new Args(
                Value("--connection") ?? throw new ArgumentException("--connection is required"),
                int.Parse(Value("--games") ?? "250000"),
                int.Parse(Value("--players") ?? "100000"),
                int.Parse(Value("--runs") ?? "50"));
        }
    }

    /// <summary>Keeps the SQL text of each command EF Core executes (its Information log of the command).</summary>
    internal sealed partial class SqlCapture : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> _commands = new();

        public IReadOnlyList<string> Commands => _commands.ToArray();

        public void Clear() => _commands.Clear();

        /// <summary>EF logs parameters as '?' (no sensitive data logging): put the values the bench passed back in, for EXPLAIN.</summary>
        public static string Inline(string command, Guid player, string caseName) =>
            ParameterPattern().Replace(command, m => m.Value.Contains("playerid", StringComparison.OrdinalIgnoreCase) || m.Value.StartsWith("@id")
                ? $"'{player}'::uuid"
                : caseName.StartsWith("leaderboard") ? "20" : "10");

        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name?.EndsWith("CommandExecuted") != true) return;
            var message = formatter(state, exception);
            var sqlStart = message.IndexOf('\n');
            if (sqlStart > 0) _commands.Enqueue(message[(sqlStart + 1)..].Trim());
        }

        public void Dispose() { }

        [GeneratedRegex(@"@[A-Za-z_][A-Za-z0-9_]*")]
        private static partial Regex ParameterPattern();
    }
}
