using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

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
