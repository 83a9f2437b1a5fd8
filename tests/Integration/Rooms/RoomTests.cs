using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Rooms;

public sealed class RoomTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_lobby_lists_public_rooms_live_and_never_private_ones()
    {
        await using var watcher = await _server.PlayerAsync("Wat");
        (await watcher.InvokeAsync("WatchLobby")).GetArrayLength().ShouldBe(0);

        await using var open = await GameTable.SeatAsync(_server, GameTable.Settings(isPublic: true), "Ann");
        await using var hidden = await GameTable.SeatAsync(_server, GameTable.Settings(isPublic: false), "Bob");
        var listed = await watcher.WaitForAsync("LobbyRoomUpdated");
        listed.GetProperty("roomId").GetString().ShouldBe(open.RoomId);
        listed.GetProperty("players").GetInt32().ShouldBe(1);
        listed.GetProperty("maxPlayers").GetInt32().ShouldBe(8);
        listed.GetProperty("status").GetString().ShouldBe("waiting");
        listed.GetProperty("language").GetString().ShouldBe("en");

        await using var joiner = await _server.PlayerAsync("Cid");
        await joiner.InvokeAsync("JoinRoom", open.RoomId);
        await watcher.WaitForAsync("LobbyRoomUpdated", r => r.GetProperty("players").GetInt32() == 2);
        watcher.All("LobbyRoomUpdated").ShouldAllBe(r => r.GetProperty("roomId").GetString() == open.RoomId);
        using var http = _server.CreateClient();
        var rest = await http.GetFromJsonAsync<JsonElement>("/api/rooms");
        rest.EnumerateArray().Select(r => r.GetProperty("roomId").GetString()).ShouldBe([open.RoomId]);

        await open.Host.InvokeAsync("LeaveRoom");
        await joiner.InvokeAsync("LeaveRoom");
        (await watcher.WaitForAsync("LobbyRoomRemoved")).GetProperty("roomId").GetString().ShouldBe(open.RoomId);
    }

    [Fact]
    public async Task Names_are_unique_within_a_room()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "ann", "Ann");
        var players = (await table.Host.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("players").EnumerateArray();
        players.Select(p => p.GetProperty("name").GetString()).ShouldBe(["Ann", "ann (2)", "Ann (3)"]);
    }

    [Fact]
    public async Task A_join_sends_the_others_only_the_new_player_and_the_joiner_the_whole_room()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var joiner = await _server.PlayerAsync("Cid");
        var snapshot = await joiner.InvokeAsync("JoinRoom", table.Code);

        var room = snapshot.GetProperty("room");
        room.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Ann", "Bob", "Cid"]);
        room.GetProperty("settings").GetProperty("customWords").GetArrayLength().ShouldBe(0);
        foreach (var present in table.Players)
        {
            var joined = await present.WaitForAsync("PlayerJoined", p => p.GetProperty("playerId").GetString() == joiner.PlayerId);
            joined.GetProperty("name").GetString().ShouldBe("Cid");
            joined.GetProperty("isHost").GetBoolean().ShouldBeFalse();
            joined.GetProperty("connected").GetBoolean().ShouldBeTrue();
        }

        // Each connection receives events in the order they were sent: once the chat line that
        // follows the join has arrived, any room list sent for the join would have arrived too.
        await joiner.InvokeAsync("SendMessage", "hi all");
        foreach (var present in table.Players)
        {
            await present.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "hi all");
            present.All("RoomUpdated").ShouldNotContain(r => r.GetProperty("players").GetArrayLength() == 3);
        }
        joiner.All("PlayerJoined").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_host_sees_the_custom_words_and_the_guests_only_their_count()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await table.Players[2].InvokeAsync("LeaveRoom");

        var hostView = (await table.Host.WaitForAsync("RoomUpdated", r => r.GetProperty("players").GetArrayLength() == 2)).GetProperty("settings");
        hostView.GetProperty("customWords").EnumerateArray().Select(w => w.GetString()).ShouldBe(GameTable.Words);
        var guestView = (await table.Players[1].WaitForAsync("RoomUpdated", r => r.GetProperty("players").GetArrayLength() == 2)).GetProperty("settings");
        guestView.GetProperty("customWords").GetArrayLength().ShouldBe(0);
        guestView.GetProperty("customWordCount").GetInt32().ShouldBe(GameTable.Words.Length);
    }

    [Fact]
    public async Task Without_custom_words_everyone_in_the_room_gets_the_same_view_of_a_change()
    {
        await using var table = await GameTable.SeatAsync(_server, new { name = "Plain room" }, "Ann", "Bob", "Cid", "Dan");
        await table.Players[3].InvokeAsync("LeaveRoom");

        var views = await Task.WhenAll(table.Players.Take(3)
            .Select(p => p.WaitForAsync("RoomUpdated", r => r.GetProperty("players").GetArrayLength() == 3)));
        views.Select(v => v.GetRawText()).Distinct().Count().ShouldBe(1);
        views[0].GetProperty("players").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Ann", "Bob", "Cid"]);
        views[0].GetProperty("hostId").GetString().ShouldBe(table.Host.PlayerId);
    }

    [Fact]
    public async Task The_host_role_passes_to_the_longest_present_player_when_the_host_leaves()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await table.Host.InvokeAsync("LeaveRoom");
        var room = await table.Players[2].WaitForAsync("RoomUpdated", r => r.GetProperty("players").GetArrayLength() == 2);
        room.GetProperty("hostId").GetString().ShouldBe(table.Players[1].PlayerId);
        await table.Players[1].InvokeAsync("UpdateSettings", new { name = "Bob's room", rounds = 2 });
        (await table.Players[2].WaitForAsync("RoomUpdated", r => r.GetProperty("name").GetString() == "Bob's room"))
            .GetProperty("settings").GetProperty("rounds").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task A_player_kicked_by_the_host_cannot_come_back()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        var cid = table.Players[2];
        await table.Host.InvokeAsync("Kick", cid.PlayerId);

        (await cid.WaitForAsync("Kicked")).GetProperty("byVote").GetBoolean().ShouldBeFalse();
        (await cid.InvokeExpectingErrorAsync("JoinRoom", table.Code)).Code.ShouldBe("KICKED_FROM_ROOM");
        (await cid.InvokeExpectingErrorAsync("GetSnapshot")).Code.ShouldBe("NOT_IN_ROOM");
        var chat = await table.Host.WaitForAsync("ChatMessage", m => m.GetProperty("systemCode").GetString() == "playerKicked");
        chat.GetProperty("args")[0].GetString().ShouldBe("Cid");
    }

    [Fact]
    public async Task A_majority_of_connected_players_can_vote_a_player_out()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid", "Dee");
        var dee = table.Players[3];
        await table.Players[1].InvokeAsync("VoteKick", dee.PlayerId);
        var tally = await table.Host.WaitForAsync("VoteKickUpdated");
        tally.GetProperty("votes").GetInt32().ShouldBe(1);
        tally.GetProperty("needed").GetInt32().ShouldBe(3);
        await table.Players[2].InvokeAsync("VoteKick", dee.PlayerId);
        dee.All("Kicked").ShouldBeEmpty();

        await table.Host.InvokeAsync("VoteKick", dee.PlayerId);

        (await dee.WaitForAsync("Kicked")).GetProperty("byVote").GetBoolean().ShouldBeTrue();
        (await dee.InvokeExpectingErrorAsync("JoinRoom", table.RoomId)).Code.ShouldBe("KICKED_FROM_ROOM");
    }

    [Fact]
    public async Task A_player_joining_mid_game_guesses_at_once_without_changing_anyones_points()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        var (drawer, word) = await table.StartDrawingAsync();
        var bob = table.Players[1];
        await bob.InvokeAsync("SendMessage", word);
        var bobPoints = (await bob.WaitForAsync("YouGuessed")).GetProperty("points").GetInt32();

        await using var late = await _server.PlayerAsync("Late");
        var snapshot = await late.InvokeAsync("JoinRoom", table.Code);
        snapshot.GetProperty("game").GetProperty("phase").GetString().ShouldBe("drawing");
        snapshot.GetProperty("game").GetProperty("word").ValueKind.ShouldBe(JsonValueKind.Null);
        await late.InvokeAsync("SendMessage", word);
        (await late.WaitForAsync("YouGuessed")).GetProperty("points").GetInt32().ShouldBeGreaterThan(0);
        table.Players[2].All("TurnEnded").ShouldBeEmpty();

        await table.Players[2].InvokeAsync("SendMessage", word);

        var ended = await drawer.WaitForAsync("TurnEnded");
        var points = ended.GetProperty("turnPoints").EnumerateArray().ToDictionary(p => p.GetProperty("playerId").GetString()!, p => p.GetProperty("points").GetInt32());
        points[bob.PlayerId].ShouldBe(bobPoints);
        points[drawer.PlayerId].ShouldBe(200);
    }

    [Fact]
    public async Task When_fewer_than_two_players_remain_the_game_stops_and_the_room_waits()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await table.StartDrawingAsync();

        await table.Players[1].InvokeAsync("LeaveRoom");

        (await table.Host.WaitForAsync("GameStopped")).GetProperty("reason").GetString().ShouldBe("notEnoughPlayers");
        await table.Host.WaitForAsync("RoomUpdated", r => r.GetProperty("status").GetString() == "waiting" && r.GetProperty("players").GetArrayLength() == 1);
        (await table.Host.InvokeAsync("GetSnapshot")).GetProperty("game").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
