using DrawGuess.WebApi;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace DrawGuess.IntegrationTests.Support;

/// <summary>
/// The real server in-process, on a clock the test controls and its own SQLite file (or the given PostgreSQL database).
/// test.sh runs the suite a second time on the production adapters: with DRAWGUESS_TEST_LIVE_STATE_REDIS (a Redis
/// connection string) every server keeps its live state in Redis under its own key prefix, and with
/// DRAWGUESS_TEST_RANKINGS_POSTGRES (an admin connection string) in its own new PostgreSQL database.
/// </summary>
public sealed class DrawGuessServer(string? postgresRankings = null) : WebApplicationFactory<Program>
{
    private static readonly string? LiveStateRedis = Environment.GetEnvironmentVariable("DRAWGUESS_TEST_LIVE_STATE_REDIS");
    private static readonly string? RankingsPostgres = Environment.GetEnvironmentVariable("DRAWGUESS_TEST_RANKINGS_POSTGRES");

    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"drawguess-test-{Guid.NewGuid():N}.db");

    /// <summary>This server's own outbox, so no other test's server drains its pending results into another database.</summary>
    public string OutboxPath { get; } = Path.Combine(Path.GetTempPath(), $"drawguess-test-outbox-{Guid.NewGuid():N}");

    public ManualClock Clock { get; } = new();

    public LogCapture Logs { get; } = new();

    public static bool OnProductionAdapters => LiveStateRedis is { Length: > 0 };

    /// <summary>Configuration for this server only (e.g. a low limit), set before its first connection.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>Replaces services after the server registered its own (e.g. a fault injected into an adapter), set before its first connection.</summary>
    public Action<IServiceCollection>? TestServices { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (LiveStateRedis is { Length: > 0 })
        {
            builder.UseSetting("Storage:LiveState", "Redis");
            builder.UseSetting("ConnectionStrings:Redis", LiveStateRedis);
            builder.UseSetting("Redis:KeyPrefix", $"test-{Guid.NewGuid():N}:");
        }
        if (postgresRankings is null && RankingsPostgres is { Length: > 0 }) postgresRankings = NewPostgresDatabase(RankingsPostgres);
        if (postgresRankings is null)
        {
            builder.UseSetting("ConnectionStrings:Rankings", $"Data Source={_databasePath}");
        }
        else
        {
            builder.UseSetting("Storage:Rankings", "Postgres");
            builder.UseSetting("ConnectionStrings:Rankings", postgresRankings);
        }
        builder.UseSetting("Rankings:OutboxPath", OutboxPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Debug");
        builder.UseSetting("Spa:Root", Path.Combine(Path.GetTempPath(), "drawguess-no-spa"));
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        // Everything of ours down to Debug, framework categories as LoggingSetup lets them through (Warning).
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock).AddSingleton<ILogEventSink>(Logs);
            TestServices?.Invoke(services);
        });
    }

    private static string NewPostgresDatabase(string adminConnection)
    {
        var name = $"drawguess_{Guid.NewGuid():N}";
        using var connection = new Npgsql.NpgsqlConnection(adminConnection);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return new Npgsql.NpgsqlConnectionStringBuilder(adminConnection) { Database = name, Pooling = true }.ConnectionString;
    }

    /// <summary>The hub protocol of the connections <see cref="ConnectAsync"/> opens.</summary>
    public HubWireProtocol HubProtocol { get; set; } = HubWireProtocol.Json;

    /// <summary>
    /// Opens a hub connection. The in-process server's connections have no client address (so the per-address
    /// limits leave them alone) unless <paramref name="address"/> gives one, or <paramref name="forwardedFor"/>
    /// sends it as X-Forwarded-For.
    /// </summary>
    public async Task<HubTestClient> ConnectAsync(string? address = null, string? forwardedFor = null)
    {
        var client = Server.CreateWebSocketClient();
        client.ConfigureRequest = request =>
        {
            if (address is not null) request.HttpContext.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
            if (forwardedFor is not null) request.Headers["X-Forwarded-For"] = forwardedFor;
        };
        var uri = new UriBuilder(Server.BaseAddress) { Scheme = "ws", Path = "/hubs/game" }.Uri;
        var socket = await client.ConnectAsync(uri, CancellationToken.None);
        return await HubTestClient.StartAsync(socket, HubProtocol);
    }

    /// <summary>An HTTP client whose requests come from <paramref name="address"/>, optionally through a proxy sending X-Forwarded-For.</summary>
    public HttpClient CreateClientFrom(string address, string? forwardedFor = null)
    {
        var handler = Server.CreateHandler(context =>
        {
            context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
            if (forwardedFor is not null) context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        });
        return new HttpClient(handler) { BaseAddress = Server.BaseAddress };
    }

    /// <summary>Registers a player on a new connection.</summary>
    public async Task<HubTestClient> PlayerAsync(string name)
    {
        var player = await ConnectAsync();
        await player.RegisterAsync(name);
        return player;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        // A database per server means a connection pool per server: without this, each server's idle
        // connections stayed open for Npgsql's idle lifetime (5 minutes), and the suite on PostgreSQL ran out
        // of the server's 100 connections.
        if (postgresRankings is not null) Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(postgresRankings));
        foreach (var file in new[] { _databasePath, _databasePath + "-wal", _databasePath + "-shm" })
        {
            if (File.Exists(file)) File.Delete(file);
        }
        if (Directory.Exists(OutboxPath)) Directory.Delete(OutboxPath, recursive: true);
    }
}
