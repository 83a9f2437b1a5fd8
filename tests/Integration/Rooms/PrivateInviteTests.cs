using System.Net;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Rooms;

/// <summary>Issue 22: a room made private stops admitting through what the lobby (or its old invite) showed.</summary>
public sealed class PrivateInviteTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;
    private HubTestClient _watcher = null!;

    public async Task InitializeAsync()
    {
        _watcher = await _server.PlayerAsync("Wat");
        await _watcher.InvokeAsync("WatchLobby");
        _table = await GameTable.SeatAsync(_server, GameTable.Settings(isPublic: true), "Ann", "Bob");
        await _watcher.WaitForAsync("LobbyRoomUpdated", r => r.GetProperty("roomId").GetString() == _table.RoomId);
    }

    public async Task DisposeAsync()
    {
        await _watcher.DisposeAsync();
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_room_made_private_gets_a_new_invite_code_and_its_lobby_id_and_old_code_stop_admitting()
    {
        var (ann, bob) = (_table.Players[0], _table.Players[1]);

        await ann.InvokeAsync("UpdateSettings", GameTable.Settings(isPublic: false));

        var hostView = await ann.WaitForAsync("RoomUpdated", r => !r.GetProperty("isPublic").GetBoolean());
        var newCode = hostView.GetProperty("code").GetString()!;
        newCode.ShouldNotBe(_table.Code);
        (await bob.WaitForAsync("RoomUpdated", r => !r.GetProperty("isPublic").GetBoolean())).GetProperty("code").GetString().ShouldBe(newCode);
        (await _watcher.WaitForAsync("LobbyRoomRemoved")).GetProperty("roomId").GetString().ShouldBe(_table.RoomId);

        await _watcher.InvokeAsync("UnwatchLobby");
        (await _watcher.InvokeExpectingErrorAsync("JoinRoom", _table.RoomId)).Code.ShouldBe("ROOM_NOT_FOUND");
        (await _watcher.InvokeExpectingErrorAsync("JoinRoom", _table.Code)).Code.ShouldBe("ROOM_NOT_FOUND");
        using var http = _server.CreateClient();
        (await http.GetAsync($"/api/rooms/{_table.RoomId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync($"/api/rooms/{_table.Code}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await http.GetAsync($"/api/rooms/{newCode}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var joined = await _watcher.InvokeAsync("JoinRoom", newCode.ToLowerInvariant());
        joined.GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Players_of_a_room_made_private_keep_their_seats_and_can_still_use_its_id()
    {
        var (ann, bob) = (_table.Players[0], _table.Players[1]);
        await ann.InvokeAsync("UpdateSettings", GameTable.Settings(isPublic: false));
        await bob.WaitForAsync("RoomUpdated", r => !r.GetProperty("isPublic").GetBoolean());

        (await bob.InvokeAsync("JoinRoom", _table.RoomId)).GetProperty("you").GetString().ShouldBe(bob.PlayerId);
        bob.Abort();
        await ann.WaitForAsync("RoomUpdated", r => r.GetProperty("players").EnumerateArray().Any(p => !p.GetProperty("connected").GetBoolean()));
        await using var reloaded = await _server.ConnectAsync();
        var resumed = await reloaded.ResumeAsync(bob.ResumeToken);
        resumed.GetProperty("room").GetProperty("room").GetProperty("roomId").GetString().ShouldBe(_table.RoomId);
        await ann.InvokeAsync("StartGame");
        await reloaded.WaitForAsync("GameStarted");
    }

    [Fact]
    public async Task Other_changes_to_a_private_room_keep_its_invite_code()
    {
        var ann = _table.Players[0];
        await ann.InvokeAsync("UpdateSettings", GameTable.Settings(isPublic: false));
        var code = (await ann.WaitForAsync("RoomUpdated", r => !r.GetProperty("isPublic").GetBoolean())).GetProperty("code").GetString()!;

        await ann.InvokeAsync("UpdateSettings", GameTable.Settings(isPublic: false, rounds: 3));

        (await ann.WaitForAsync("RoomUpdated", r => r.GetProperty("settings").GetProperty("rounds").GetInt32() == 3))
            .GetProperty("code").GetString().ShouldBe(code);
        await using var friend = await _server.PlayerAsync("Cid");
        (await friend.InvokeAsync("JoinRoom", code)).GetProperty("room").GetProperty("code").GetString().ShouldBe(code);
    }
}
