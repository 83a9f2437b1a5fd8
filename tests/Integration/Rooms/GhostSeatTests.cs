using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using DrawGuess.WebApi;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Rooms;

/// <summary>Issue 22: every player of every public room drops at once; no seat may outlive its hold.</summary>
public sealed class GhostSeatTests : IAsyncLifetime
{
    private const int RoomCount = 12;
    private static readonly TimeSpan SeatHold = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    private readonly DrawGuessServer _server = new();
    private readonly List<GameTable> _tables = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var table in _tables) await table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task When_every_player_of_every_public_room_drops_at_once_all_seats_and_rooms_go_when_the_hold_ends()
    {
        for (var i = 0; i < RoomCount; i++)
        {
            var table = await GameTable.SeatAsync(_server, GameTable.Settings(isPublic: true), $"Host{i}", $"Guest{i}");
            _tables.Add(table);
            if (i % 2 == 0) await table.Host.InvokeAsync("StartGame");
        }
        using var http = _server.CreateClient();

        foreach (var player in _tables.SelectMany(t => t.Players)) player.Abort();
        await EventuallyAsync(async () =>
        {
            foreach (var table in _tables)
            {
                var room = await http.GetFromJsonAsync<JsonElement>($"/api/rooms/{table.RoomId}");
                if (room.GetProperty("players").EnumerateArray().Any(p => p.GetProperty("connected").GetBoolean())) return false;
            }
            return true;
        }, "the server notices every dropped connection");

        _server.Clock.Advance(SeatHold - TimeSpan.FromSeconds(1));
        (await ListedRoomsAsync(http)).ShouldBe(_tables.Select(t => t.RoomId), ignoreOrder: true, "seats are held until the hold ends");

        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        await EventuallyAsync(async () => (await ListedRoomsAsync(http)).Length == 0, "every ghost room is gone");
        foreach (var player in _tables.SelectMany(t => t.Players))
        {
            await using var back = await _server.ConnectAsync();
            (await back.ResumeAsync(player.ResumeToken)).GetProperty("room").ValueKind.ShouldBe(JsonValueKind.Null, $"{player.Name} still has a seat");
        }
    }

    /// <summary>
    /// The same on the real clock with a 2 s hold, where system timers wake up to a millisecond before a
    /// due time read from the wall clock: the case that left ghost seats. Bounds are generous; nothing is timed.
    /// </summary>
    [Fact]
    public async Task On_the_real_clock_a_short_hold_leaves_no_ghost_seat()
    {
        await using var realClock = _server.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Rooms:SeatHold", "00:00:02");
            builder.ConfigureTestServices(services => services.AddSingleton(TimeProvider.System));
        });
        var players = new List<HubTestClient>();
        for (var i = 0; i < RoomCount; i++)
        {
            var host = await PlayerAsync(realClock, $"Host{i}");
            var guest = await PlayerAsync(realClock, $"Guest{i}");
            players.AddRange([host, guest]);
            var code = (await host.InvokeAsync("CreateRoom", GameTable.Settings(isPublic: true))).GetProperty("room").GetProperty("code").GetString();
            await guest.InvokeAsync("JoinRoom", code);
        }
        using var http = realClock.CreateClient();

        foreach (var player in players) player.Abort();

        await EventuallyAsync(async () => (await ListedRoomsAsync(http)).Length == 0, "every ghost room is gone");
        foreach (var player in players)
        {
            await using var back = await ConnectAsync(realClock);
            (await back.ResumeAsync(player.ResumeToken)).GetProperty("room").ValueKind.ShouldBe(JsonValueKind.Null, $"{player.Name} still has a seat");
            await player.DisposeAsync();
        }
    }

    private static async Task<HubTestClient> ConnectAsync(WebApplicationFactory<Program> factory)
    {
        var uri = new UriBuilder(factory.Server.BaseAddress) { Scheme = "ws", Path = "/hubs/game" }.Uri;
        return await HubTestClient.StartAsync(await factory.Server.CreateWebSocketClient().ConnectAsync(uri, CancellationToken.None));
    }

    private static async Task<HubTestClient> PlayerAsync(WebApplicationFactory<Program> factory, string name)
    {
        var player = await ConnectAsync(factory);
        await player.RegisterAsync(name);
        return player;
    }

    private static async Task<string[]> ListedRoomsAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/rooms")).EnumerateArray().Select(r => r.GetProperty("roomId").GetString()!).ToArray();

    /// <summary>Polls until the condition holds; timers and disconnects run on the server's own threads (and, on Redis, its poller).</summary>
    private static async Task EventuallyAsync(Func<Task<bool>> condition, string because)
    {
        var deadline = DateTime.UtcNow + Generous;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException($"Timed out: {because}");
            await Task.Delay(20);
        }
    }
}
