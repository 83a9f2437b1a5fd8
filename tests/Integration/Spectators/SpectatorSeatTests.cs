using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.Application.Rooms;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Spectators;

public sealed class SpectatorSeatTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static object Settings(int maxPlayers) => new
    {
        name = "Full house",
        isPublic = true,
        maxPlayers,
        rounds = 1,
        drawingSeconds = 30,
        wordChoices = 3,
        customWords = GameTable.Words,
        customWordsOnly = true,
    };

    [Fact]
    public async Task A_full_room_can_be_watched_and_its_spectators_are_counted_in_the_lobby_and_over_rest()
    {
        await using var table = await GameTable.SeatAsync(_server, Settings(maxPlayers: 2), "Ann", "Bob");
        await using var lobby = await _server.PlayerAsync("Lou");
        await lobby.InvokeAsync("WatchLobby");
        await using var eve = await _server.PlayerAsync("Eve");

        (await eve.InvokeExpectingErrorAsync("JoinRoom", table.Code)).Code.ShouldBe("ROOM_FULL");
        var watched = await eve.InvokeAsync("WatchRoom", table.Code);

        watched.GetProperty("spectating").GetBoolean().ShouldBeTrue();
        watched.GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(2);
        (await table.Host.WaitForAsync("RoomUpdated", r => r.GetProperty("spectators").GetInt32() == 1)).GetProperty("players").GetArrayLength().ShouldBe(2);
        await lobby.WaitForAsync("LobbyRoomUpdated", r => r.GetProperty("spectators").GetInt32() == 1);
        using var http = _server.CreateClient();
        var listed = (await http.GetFromJsonAsync<JsonElement>("/api/rooms")).EnumerateArray().Single();
        (listed.GetProperty("players").GetInt32(), listed.GetProperty("spectators").GetInt32()).ShouldBe((2, 1));
        (await http.GetFromJsonAsync<JsonElement>($"/api/rooms/{table.Code}")).GetProperty("spectators").GetInt32().ShouldBe(1);

        await eve.InvokeAsync("LeaveRoom");
        await SpectatorsSeenByAsync(table.Host, 0);
        (await eve.InvokeExpectingErrorAsync("GetSnapshot")).Code.ShouldBe("NOT_IN_ROOM");
    }

    [Fact]
    public async Task A_spectator_takes_a_free_seat_between_games_and_plays_the_next_one()
    {
        await using var table = await GameTable.SeatAsync(_server, Settings(maxPlayers: 3), "Ann", "Bob");
        await using var eve = await _server.PlayerAsync("Eve");
        await eve.InvokeAsync("WatchRoom", table.Code);
        var podium = await table.PlayTwoPlayerGameAsync(whileTheFirstWordIsDrawn: async () =>
            (await eve.InvokeExpectingErrorAsync("TakeSeat")).Code.ShouldBe("GAME_IN_PROGRESS"));
        podium.Length.ShouldBe(2);
        await eve.WaitForAsync("GameOver");
        await table.Host.WaitForAsync("RoomUpdated", r => r.GetProperty("status").GetString() == "waiting");

        await eve.InvokeAsync("TakeSeat");

        var bob = table.Players[1];
        var room = await bob.WaitForAsync("RoomUpdated", r => r.GetProperty("players").EnumerateArray().Any(p => p.GetProperty("playerId").GetString() == eve.PlayerId));
        room.GetProperty("spectators").GetInt32().ShouldBe(0);
        await bob.WaitForAsync("ChatMessage", m => m.GetProperty("systemCode").GetString() == "playerJoined" && m.GetProperty("args")[0].GetString() == "Eve");
        var mine = await eve.InvokeAsync("GetSnapshot");
        mine.GetProperty("spectating").GetBoolean().ShouldBeFalse();
        await eve.InvokeAsync("TakeSeat");
        (await table.Host.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(3);

        await table.Host.InvokeAsync("StartGame");
        var started = await eve.WaitForAsync("GameStarted", g => g.GetProperty("scores").GetArrayLength() == 3);
        started.GetProperty("scores").EnumerateArray().Select(s => s.GetProperty("playerId").GetString()).ShouldContain(eve.PlayerId);
        await eve.InvokeAsync("SendMessage", "my first line as a player");
    }

    [Fact]
    public async Task A_spectator_cannot_take_the_last_seat_twice()
    {
        await using var table = await GameTable.SeatAsync(_server, Settings(maxPlayers: 3), "Ann", "Bob");
        await using var eve = await _server.PlayerAsync("Eve");
        await using var fay = await _server.PlayerAsync("Fay");
        await eve.InvokeAsync("WatchRoom", table.Code);
        await fay.InvokeAsync("WatchRoom", table.Code);

        await eve.InvokeAsync("TakeSeat");

        (await fay.InvokeExpectingErrorAsync("TakeSeat")).Code.ShouldBe("ROOM_FULL");
        (await fay.InvokeAsync("GetSnapshot")).GetProperty("spectating").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task When_the_last_player_leaves_the_spectators_are_told_the_room_closed()
    {
        await using var table = await GameTable.SeatAsync(_server, Settings(maxPlayers: 2), "Ann");
        await using var eve = await _server.PlayerAsync("Eve");
        await eve.InvokeAsync("WatchRoom", table.Code);

        await table.Host.InvokeAsync("LeaveRoom");

        (await eve.WaitForAsync("RoomClosed")).GetProperty("roomId").GetString().ShouldBe(table.RoomId);
        (await eve.InvokeExpectingErrorAsync("GetSnapshot")).Code.ShouldBe("NOT_IN_ROOM");
        (await eve.InvokeExpectingErrorAsync("WatchRoom", table.Code)).Code.ShouldBe("ROOM_NOT_FOUND");
    }

    [Fact]
    public async Task A_spectator_who_stays_away_past_the_seat_hold_is_no_longer_counted()
    {
        await using var table = await GameTable.SeatAsync(_server, Settings(maxPlayers: 2), "Ann");
        var eve = await _server.PlayerAsync("Eve");
        await eve.InvokeAsync("WatchRoom", table.Code);
        await table.Host.WaitForAsync("RoomUpdated", r => r.GetProperty("spectators").GetInt32() == 1);
        var (token, eveId) = (eve.ResumeToken, new PlayerId(Guid.Parse(eve.PlayerId)));
        eve.Abort();
        await eve.DisposeAsync();
        // A spectator's drop is told to nobody: wait until the server has noted it before the clock moves.
        var rooms = _server.Services.GetRequiredService<IRoomRepository>();
        await BadInputKit.EventuallyAsync(
            () => rooms.FindByCodeAsync(new RoomCode(table.Code), CancellationToken.None).GetAwaiter().GetResult()!.FindSpectator(eveId)!.Connected == false,
            "the server noted the spectator's lost connection");
        await table.Host.InvokeAsync("GetSnapshot"); // waits for that command to finish: its seat timer is armed

        _server.Clock.Advance(TimeSpan.FromSeconds(61));

        await SpectatorsSeenByAsync(table.Host, 0);
        await using var back = await _server.ConnectAsync();
        (await back.ResumeAsync(token)).GetProperty("room").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Players_see_who_watches_and_the_host_removes_a_spectator_for_good()
    {
        await using var table = await GameTable.SeatAsync(_server, Settings(maxPlayers: 2), "Ann", "Bob");
        await using var eve = await _server.PlayerAsync("Eve");
        await eve.InvokeAsync("WatchRoom", table.Code);
        var bob = table.Players[1];
        var seen = await bob.WaitForAsync("RoomUpdated", r => r.GetProperty("spectators").GetInt32() == 1);
        var watcher = seen.GetProperty("watchers").EnumerateArray().ShouldHaveSingleItem();
        (watcher.GetProperty("playerId").GetString(), watcher.GetProperty("name").GetString(), watcher.GetProperty("connected").GetBoolean())
            .ShouldBe((eve.PlayerId, "Eve", true));

        (await bob.InvokeExpectingErrorAsync("Kick", eve.PlayerId)).Code.ShouldBe("NOT_HOST");
        (await eve.InvokeExpectingErrorAsync("Kick", bob.PlayerId)).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await table.Host.InvokeExpectingErrorAsync("Kick", Guid.NewGuid().ToString("N"))).Code.ShouldBe("PLAYER_NOT_FOUND");
        (await table.Host.InvokeExpectingErrorAsync("Kick", "not-an-id")).Code.ShouldBe("PLAYER_NOT_FOUND");
        await table.Host.InvokeAsync("Kick", eve.PlayerId);

        (await eve.WaitForAsync("Kicked")).GetProperty("byVote").GetBoolean().ShouldBeFalse();
        await SpectatorsSeenByAsync(bob, 0);
        bob.All("RoomUpdated").Last().GetProperty("watchers").GetArrayLength().ShouldBe(0);
        (await eve.InvokeExpectingErrorAsync("GetSnapshot")).Code.ShouldBe("NOT_IN_ROOM");
        (await eve.InvokeExpectingErrorAsync("WatchRoom", table.Code)).Code.ShouldBe("KICKED_FROM_ROOM");
    }

    /// <summary>The room as the player's latest <c>RoomUpdated</c> shows it counts <paramref name="spectators"/>.</summary>
    private static Task SpectatorsSeenByAsync(HubTestClient player, int spectators) =>
        BadInputKit.EventuallyAsync(
            () => player.All("RoomUpdated").LastOrDefault() is { ValueKind: JsonValueKind.Object } last && last.GetProperty("spectators").GetInt32() == spectators,
            $"{player.Name} should see {spectators} spectators");

    [Fact]
    public async Task Watching_answers_bad_input_with_stable_codes()
    {
        await using var table = await GameTable.SeatAsync(_server, Settings(maxPlayers: 2), "Ann");
        await using var eve = await _server.PlayerAsync("Eve");
        await using var stranger = await _server.ConnectAsync();

        (await eve.InvokeExpectingErrorAsync("WatchRoom", "")).Code.ShouldBe("VALIDATION_FAILED");
        (await eve.InvokeExpectingErrorAsync("WatchRoom", new string('x', 65))).Code.ShouldBe("VALIDATION_FAILED");
        (await eve.InvokeExpectingErrorAsync("WatchRoom", "NOPE99")).Code.ShouldBe("ROOM_NOT_FOUND");
        (await stranger.InvokeExpectingErrorAsync("WatchRoom", table.Code)).Code.ShouldBe("NOT_REGISTERED");
        (await eve.InvokeExpectingErrorAsync("TakeSeat")).Code.ShouldBe("NOT_IN_ROOM");
    }
}
