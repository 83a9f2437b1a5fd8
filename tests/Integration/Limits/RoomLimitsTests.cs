using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Limits;

/// <summary>Open rooms per server (Rooms:MaxRooms, ROOM_LIMIT_REACHED) and new rooms per address (Limits:RoomsPerAddressPerMinute, RATE_LIMITED).</summary>
public sealed class RoomLimitsTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new() { Settings = { ["Rooms:MaxRooms"] = "2", ["Limits:RoomsPerAddressPerMinute"] = "3" } };
    private readonly List<HubTestClient> _clients = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await new Tidy(_clients).DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_room_over_the_servers_maximum_is_refused_until_a_room_closes()
    {
        var ann = await Player("Ann");
        var bob = await Player("Bob");
        var cid = await Player("Cid");
        await ann.InvokeAsync("CreateRoom", GameTable.Settings());
        var bobsRoom = (await bob.InvokeAsync("CreateRoom", GameTable.Settings())).GetProperty("room").GetProperty("roomId").GetString()!;

        await cid.ShouldFailWithAsync("ROOM_LIMIT_REACHED", "CreateRoom", GameTable.Settings());
        await bob.ShouldFailWithAsync("ROOM_LIMIT_REACHED", "CreateRoom", GameTable.Settings());
        await bob.ShouldStillBeInRoomAsync(bobsRoom);

        await ann.InvokeAsync("LeaveRoom");
        await cid.InvokeAsync("CreateRoom", GameTable.Settings());
    }

    [Fact]
    public async Task New_rooms_beyond_the_limit_per_address_are_rate_limited()
    {
        var ann = await Player("Ann", "198.51.100.30");
        var bob = await Player("Bob", "198.51.100.31");
        for (var i = 0; i < 3; i++)
        {
            await ann.InvokeAsync("CreateRoom", GameTable.Settings());
        }

        await ann.ShouldFailWithAsync("RATE_LIMITED", "CreateRoom", GameTable.Settings());
        await bob.InvokeAsync("CreateRoom", GameTable.Settings());
    }

    private async Task<HubTestClient> Player(string name, string? address = null)
    {
        var client = await _server.ConnectAsync(address);
        _clients.Add(client);
        await client.RegisterAsync(name);
        return client;
    }
}
