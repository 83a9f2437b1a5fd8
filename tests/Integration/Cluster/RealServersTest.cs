using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// A test against real server processes: starts them, seats players on them, and at the end closes
/// every connection, stops every process and writes each server's log tail to the test output
/// (shown when the test fails).
/// </summary>
public abstract class RealServersTest(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>The smallest drawing time the settings allow; real processes run on real time.</summary>
    protected const int DrawingSeconds = 30;

    private readonly List<ServerProcess> _servers = [];
    private readonly List<HubTestClient> _clients = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    protected static object Settings(int maxPlayers = 8, int hints = 2) => new
    {
        name = "Cluster room",
        isPublic = false,
        maxPlayers,
        rounds = 1,
        drawingSeconds = DrawingSeconds,
        hints,
        wordChoices = 3,
        customWords = GameTable.Words,
        customWordsOnly = true,
    };

    protected async Task<ServerProcess> StartServerAsync(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var server = await ServerProcess.StartAsync(name, settings);
        _servers.Add(server);
        return server;
    }

    /// <summary>Instances "A" and "B" sharing <paramref name="redis"/> under a key prefix of their own.</summary>
    protected async Task<(ServerProcess A, ServerProcess B)> StartTwoInstancesAsync(RedisServer redis)
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis(redis.ConnectionString, prefix));
        var b = await StartServerAsync("B", ServerProcess.OnRedis(redis.ConnectionString, prefix));
        return (a, b);
    }

    protected async Task<HubTestClient> ConnectAsync(ServerProcess server) => Track(await server.ConnectAsync());

    protected async Task<HubTestClient> PlayerAsync(ServerProcess server, string name, HubWireProtocol protocol = HubWireProtocol.Json) =>
        Track(await server.PlayerAsync(name, protocol));

    /// <summary>A new connection to <paramref name="server"/> that resumes <paramref name="player"/>'s session.</summary>
    protected async Task<(HubTestClient Client, JsonElement Resumed)> ResumeOnAsync(ServerProcess server, HubTestClient player)
    {
        var client = await ConnectAsync(server);
        var resumed = await client.ResumeAsync(player.ResumeToken);
        return (client, resumed);
    }

    /// <summary>The first seat creates the room, the others join by its invite code; returns the players in join order.</summary>
    protected async Task<IReadOnlyList<HubTestClient>> SeatAsync(object settings, params (ServerProcess Server, string Name)[] seats)
    {
        var players = new List<HubTestClient>();
        foreach (var (server, name) in seats) players.Add(await PlayerAsync(server, name));
        var snapshot = await players[0].InvokeAsync("CreateRoom", settings);
        var code = snapshot.GetProperty("room").GetProperty("code").GetString()!;
        foreach (var player in players.Skip(1)) await player.InvokeAsync("JoinRoom", code);
        return players;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var client in _clients) await client.DisposeAsync();
        foreach (var server in _servers)
        {
            await server.KillAsync();
            output.WriteLine($"==== {server.Name} (port {server.Port}), last lines of its log:{Environment.NewLine}{server.LogTail()}");
            await server.DisposeAsync();
        }
    }

    private HubTestClient Track(HubTestClient client)
    {
        _clients.Add(client);
        return client;
    }
}
