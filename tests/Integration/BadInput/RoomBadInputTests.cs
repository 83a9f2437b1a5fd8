using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>Room calls without a room, by the wrong player, at the wrong time or with unknown ids.</summary>
public sealed class RoomBadInputTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    private const string UnknownId = WellFormedCalls.UnknownId;

    /// <summary>Every call that needs a room, with well-formed arguments.</summary>
    public static TheoryData<string, string> CallsNeedingARoom => WellFormedCalls.AsTheoryData(WellFormedCalls.NeedingARoom);

    [Theory]
    [MemberData(nameof(CallsNeedingARoom))]
    public async Task A_room_call_without_a_room_fails_with_NOT_IN_ROOM_and_the_connection_keeps_working(string method, string argumentsJson)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        await ann.ShouldFailRawWithAsync("NOT_IN_ROOM", method, argumentsJson);

        await ann.ShouldStillWorkAsync();
        (await ann.InvokeAsync("CreateRoom", new { name = "Mine" })).GetProperty("you").GetString().ShouldBe(ann.PlayerId);
    }

    [Fact]
    public async Task A_room_call_after_leaving_fails_with_NOT_IN_ROOM()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];
        await bob.InvokeAsync("LeaveRoom");

        await bob.ShouldFailWithAsync("NOT_IN_ROOM", "SendMessage", "still here?");
        await bob.ShouldFailWithAsync("NOT_IN_ROOM", "LeaveRoom");

        await bob.ShouldStillWorkAsync();
        await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
    }

    [Fact]
    public async Task JoinRoom_with_an_unknown_id_fails_with_ROOM_NOT_FOUND()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        await ann.ShouldFailWithAsync("ROOM_NOT_FOUND", "JoinRoom", UnknownId);

        await ann.ShouldStillWorkAsync();
        await ann.ShouldFailWithAsync("NOT_IN_ROOM", "GetSnapshot");
    }

    [Theory]
    [InlineData("ZZZZZZ")]
    [InlineData("not a code")]
    [InlineData("'; DROP TABLE rooms; --")]
    [InlineData("../../etc/passwd")]
    public async Task JoinRoom_with_an_unknown_code_fails_with_ROOM_NOT_FOUND(string code)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        await ann.ShouldFailWithAsync("ROOM_NOT_FOUND", "JoinRoom", code);

        await ann.ShouldStillWorkAsync();
    }

    [Theory]
    [InlineData("""[""]""")]
    [InlineData("""[null]""")]
    [InlineData("""["   "]""")]
    public async Task JoinRoom_without_an_id_or_code_fails_with_VALIDATION_FAILED(string argumentsJson)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "JoinRoom", argumentsJson);

        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task JoinRoom_with_a_10000_character_id_fails_with_VALIDATION_FAILED()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        await ann.ShouldFailWithAsync("VALIDATION_FAILED", "JoinRoom", new string('A', 10_000));

        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task JoinRoom_on_a_full_room_fails_with_ROOM_FULL_and_the_room_is_unchanged()
    {
        var table = await GameTable.SeatAsync(_server, new { name = "Pair", maxPlayers = 2, isPublic = false }, "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var cid = await _server.PlayerAsync("Cid");
        await using var tidyCid = cid.Tidy();

        await cid.ShouldFailWithAsync("ROOM_FULL", "JoinRoom", table.Code);

        await cid.ShouldStillWorkAsync();
        (await table.Host.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task A_failed_JoinRoom_keeps_the_player_in_their_current_room()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];

        await bob.ShouldFailWithAsync("ROOM_NOT_FOUND", "JoinRoom", UnknownId);

        await bob.ShouldStillBeInRoomAsync(table.RoomId);
    }

    [Fact]
    public async Task StartGame_by_a_player_who_is_not_the_host_fails_with_NOT_HOST()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];

        await bob.ShouldFailWithAsync("NOT_HOST", "StartGame");

        (await bob.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("room").GetProperty("status").GetString().ShouldBe("waiting");
        table.Host.All("GameStarted").ShouldBeEmpty();
    }

    [Fact]
    public async Task UpdateSettings_and_Kick_by_a_player_who_is_not_the_host_fail_with_NOT_HOST()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];

        await bob.ShouldFailWithAsync("NOT_HOST", "UpdateSettings", new { name = "Bob's now" });
        await bob.ShouldFailWithAsync("NOT_HOST", "Kick", table.Host.PlayerId);

        var room = (await bob.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("room");
        room.GetProperty("name").GetString().ShouldBe("Test room");
        room.GetProperty("players").GetArrayLength().ShouldBe(2);
        await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
    }

    [Fact]
    public async Task StartGame_alone_fails_with_NOT_ENOUGH_PLAYERS()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();
        var roomId = (await ann.InvokeAsync("CreateRoom", GameTable.Settings())).GetProperty("room").GetProperty("roomId").GetString()!;

        await ann.ShouldFailWithAsync("NOT_ENOUGH_PLAYERS", "StartGame");

        var snapshot = await ann.ShouldStillBeInRoomAsync(roomId);
        snapshot.GetProperty("room").GetProperty("status").GetString().ShouldBe("waiting");
        ann.All("GameStarted").ShouldBeEmpty();
    }

    [Fact]
    public async Task StartGame_while_a_game_runs_fails_with_GAME_IN_PROGRESS_and_the_game_goes_on()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        await table.Host.InvokeAsync("StartGame");
        await table.Host.WaitForAsync("TurnStarted");

        await table.Host.ShouldFailWithAsync("GAME_IN_PROGRESS", "StartGame");

        var game = (await table.Host.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game");
        game.GetProperty("turnId").GetInt32().ShouldBe(1);
        game.GetProperty("phase").GetString().ShouldBe("choosing");
        table.Host.All("GameStarted").Count.ShouldBe(1);
    }

    [Fact]
    public async Task UpdateSettings_during_a_game_fails_with_GAME_IN_PROGRESS_and_keeps_the_settings()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(rounds: 2), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        await table.Host.InvokeAsync("StartGame");
        await table.Host.WaitForAsync("TurnStarted");

        await table.Host.ShouldFailWithAsync("GAME_IN_PROGRESS", "UpdateSettings", GameTable.Settings(rounds: 5));

        var snapshot = await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
        snapshot.GetProperty("room").GetProperty("settings").GetProperty("rounds").GetInt32().ShouldBe(2);
        snapshot.GetProperty("game").GetProperty("totalRounds").GetInt32().ShouldBe(2);
    }
}
