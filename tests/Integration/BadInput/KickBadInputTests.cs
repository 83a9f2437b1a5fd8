using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>Kick and VoteKick with unknown, malformed or forbidden targets; a kicked player stays out.</summary>
public sealed class KickBadInputTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    public static TheoryData<string> NoSuchPlayer => new()
    {
        "0123456789abcdef0123456789abcdef",
        "not-a-guid",
        "12345",
        "00000000000000000000000000000000",
    };

    [Theory]
    [MemberData(nameof(NoSuchPlayer))]
    public async Task Kick_of_an_unknown_or_malformed_player_id_fails_with_PLAYER_NOT_FOUND(string playerId)
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();

        await table.Host.ShouldFailWithAsync("PLAYER_NOT_FOUND", "Kick", playerId);

        (await table.Host.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(2);
    }

    [Theory]
    [MemberData(nameof(NoSuchPlayer))]
    public async Task VoteKick_of_an_unknown_or_malformed_player_id_fails_with_PLAYER_NOT_FOUND(string playerId)
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];

        await bob.ShouldFailWithAsync("PLAYER_NOT_FOUND", "VoteKick", playerId);

        await bob.ShouldStillBeInRoomAsync(table.RoomId);
        table.Host.All("VoteKickUpdated").ShouldBeEmpty();
    }

    [Fact]
    public async Task Kick_of_a_player_in_another_room_fails_with_PLAYER_NOT_FOUND_and_does_not_touch_them()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var other = await GameTable.SeatAsync(_server, GameTable.Settings(), "Dan", "Eve");
        await using var tidyOther = other.Tidy();

        await table.Host.ShouldFailWithAsync("PLAYER_NOT_FOUND", "Kick", other.Players[1].PlayerId);
        await table.Players[1].ShouldFailWithAsync("PLAYER_NOT_FOUND", "VoteKick", other.Players[1].PlayerId);

        await other.Players[1].ShouldStillBeInRoomAsync(other.RoomId);
        other.Players[1].All("Kicked").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Kick", """[""]""")]
    [InlineData("Kick", """[null]""")]
    [InlineData("VoteKick", """[""]""")]
    [InlineData("VoteKick", """[null]""")]
    public async Task Kick_or_VoteKick_without_a_player_id_fails_with_VALIDATION_FAILED(string method, string argumentsJson)
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();

        await table.Host.ShouldFailRawWithAsync("VALIDATION_FAILED", method, argumentsJson);

        await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
    }

    [Fact]
    public async Task Kick_with_a_10000_character_player_id_fails_with_VALIDATION_FAILED()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();

        await table.Host.ShouldFailWithAsync("VALIDATION_FAILED", "Kick", new string('f', 10_000));

        await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
    }

    [Fact]
    public async Task The_host_kicking_themself_fails_with_CANNOT_KICK_SELF()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();

        await table.Host.ShouldFailWithAsync("CANNOT_KICK_SELF", "Kick", table.Host.PlayerId);

        var room = (await table.Host.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("room");
        room.GetProperty("hostId").GetString().ShouldBe(table.Host.PlayerId);
        table.Host.All("Kicked").ShouldBeEmpty();
    }

    [Fact]
    public async Task Voting_to_kick_yourself_fails_with_CANNOT_KICK_SELF()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];

        await bob.ShouldFailWithAsync("CANNOT_KICK_SELF", "VoteKick", bob.PlayerId);

        await bob.ShouldStillBeInRoomAsync(table.RoomId);
        table.Host.All("VoteKickUpdated").ShouldBeEmpty();
    }

    [Fact]
    public async Task VoteKick_with_only_2_players_fails_with_VOTE_KICK_UNAVAILABLE()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];

        await bob.ShouldFailWithAsync("VOTE_KICK_UNAVAILABLE", "VoteKick", table.Host.PlayerId);

        await bob.ShouldStillBeInRoomAsync(table.RoomId);
        await table.Host.ShouldStillBeInRoomAsync(table.RoomId);
        table.Host.All("VoteKickUpdated").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_kicked_player_cannot_rejoin_by_code_or_id_but_keeps_a_working_connection()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];
        await table.Host.InvokeAsync("Kick", bob.PlayerId);
        await bob.WaitForAsync("Kicked");

        await bob.ShouldFailWithAsync("KICKED_FROM_ROOM", "JoinRoom", table.Code);
        await bob.ShouldFailWithAsync("KICKED_FROM_ROOM", "JoinRoom", table.RoomId);
        await bob.ShouldFailWithAsync("KICKED_FROM_ROOM", "JoinRoom", table.Code.ToLowerInvariant());

        await bob.ShouldFailWithAsync("NOT_IN_ROOM", "GetSnapshot");
        await bob.ShouldStillWorkAsync();
        (await bob.InvokeAsync("CreateRoom", new { name = "Bob's own" })).GetProperty("room").GetProperty("hostId").GetString().ShouldBe(bob.PlayerId);
        var players = (await table.Host.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("room").GetProperty("players");
        players.EnumerateArray().Select(p => p.GetProperty("playerId").GetString()).ShouldNotContain(bob.PlayerId);
    }

    [Fact]
    public async Task A_kicked_player_who_resumes_on_a_new_connection_still_cannot_rejoin()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var bob = table.Players[1];
        await table.Host.InvokeAsync("Kick", bob.PlayerId);
        await bob.WaitForAsync("Kicked");
        var bobAgain = await _server.ConnectAsync();
        await using var tidyBobAgain = bobAgain.Tidy();

        var resumed = await bobAgain.ResumeAsync(bob.ResumeToken);

        resumed.GetProperty("room").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        await bobAgain.ShouldFailWithAsync("KICKED_FROM_ROOM", "JoinRoom", table.Code);
        await bobAgain.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task A_player_kicked_by_vote_cannot_rejoin()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();
        var cid = table.Players[2];
        await table.Players[0].InvokeAsync("VoteKick", cid.PlayerId);
        await table.Players[1].InvokeAsync("VoteKick", cid.PlayerId);
        (await cid.WaitForAsync("Kicked")).GetProperty("byVote").GetBoolean().ShouldBeTrue();

        await cid.ShouldFailWithAsync("KICKED_FROM_ROOM", "JoinRoom", table.Code);

        await cid.ShouldStillWorkAsync();
    }
}
