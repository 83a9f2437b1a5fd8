using System.Net.WebSockets;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>
/// A frame over SignalR's 32 KB maximum message size (or one that is not JSON at all) is not a hub call:
/// the server closes that connection with a Close message carrying PROTOCOL_ERROR. The player keeps their seat like any disconnected player, and the
/// room and the game go on for everyone else.
/// </summary>
public sealed class OversizedFrameTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");

    public async Task DisposeAsync()
    {
        await _table.Tidy().DisposeAsync();
        await _server.DisposeAsync();
    }

    public static TheoryData<string, string> FramesThatCloseTheConnection => new()
    {
        { "a 40 KB chat message", $"""["{new string('x', 40_000)}"]""" },
        { "a 40 KB stroke batch", $$"""[{"strokeId":1,"tool":"pen","color":3,"size":1,"points":[{{string.Join(',', Enumerable.Repeat(1, 20_000))}}]}]""" },
        { "a frame that is not JSON", "[not json" },
    };

    [Theory]
    [MemberData(nameof(FramesThatCloseTheConnection))]
    public async Task A_guessers_bad_frame_closes_only_their_connection_and_the_turn_goes_on_for_the_others(string why, string argumentsJson)
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var (bob, cid) = (_table.Players[1], _table.Players[2]);
        drawer.ShouldBe(_table.Players[0]);

        await Should.ThrowAsync<WebSocketException>(() => cid.InvokeRawAsync("SendMessage", argumentsJson), why);

        await BadInputKit.EventuallyAsync(() => !cid.IsOpen, $"{why}: the server closes the sender's connection");
        (await cid.Closed).Error.ShouldNotBeNull(why).ShouldContain("HubException: PROTOCOL_ERROR: ", customMessage: why);
        await drawer.WaitForAsync("RoomUpdated", r => IsConnected(r, cid) == false);
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(1));
        await bob.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 1);
        await bob.InvokeAsync("SendMessage", word);
        (await bob.WaitForAsync("YouGuessed")).GetProperty("word").GetString().ShouldBe(word);
        (await drawer.ShouldStillBeInRoomAsync(_table.RoomId)).GetProperty("game").GetProperty("phase").GetString()
            .ShouldBe("drawing", "a guesser who lost the connection less than 10 s ago still counts (docs/protocol.md, a turn step 5)");
        _server.Clock.Advance(TimeSpan.FromSeconds(10));
        var ended = await drawer.WaitForAsync("TurnEnded");
        ended.GetProperty("reason").GetString().ShouldBe("allGuessed", "after 10 s the disconnected guesser is no longer waited for");
        var players = (await drawer.ShouldStillBeInRoomAsync(_table.RoomId)).GetProperty("room").GetProperty("players");
        players.GetArrayLength().ShouldBe(3, "the closed connection's player keeps their seat");
    }

    [Fact]
    public async Task A_player_whose_connection_was_closed_for_an_oversized_frame_can_resume_their_seat()
    {
        var (drawer, _) = await _table.StartDrawingAsync();
        var cid = _table.Players[2];
        await Should.ThrowAsync<WebSocketException>(() => cid.InvokeAsync("SendMessage", new string('x', 40_000)));
        await drawer.WaitForAsync("RoomUpdated", r => IsConnected(r, cid) == false);

        var seen = drawer.Events.Count;
        var cidAgain = await _server.ConnectAsync();
        await using var tidyCidAgain = cidAgain.Tidy();
        var resumed = await cidAgain.ResumeAsync(cid.ResumeToken);

        resumed.GetProperty("playerId").GetString().ShouldBe(cid.PlayerId);
        resumed.GetProperty("room").GetProperty("room").GetProperty("roomId").GetString().ShouldBe(_table.RoomId);
        resumed.GetProperty("room").GetProperty("game").GetProperty("phase").GetString().ShouldBe("drawing");
        await drawer.WaitForAfterAsync(seen, "RoomUpdated", r => IsConnected(r, cid) == true);
        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(2));
        await cidAgain.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 2);
    }

    [Fact]
    public async Task The_drawers_oversized_frame_ends_only_their_turn_after_the_grace_period_and_the_game_goes_on()
    {
        var (drawer, _) = await _table.StartDrawingAsync();
        var bob = _table.Players[1];

        await Should.ThrowAsync<WebSocketException>(() => drawer.InvokeAsync("DrawStroke", new
        {
            strokeId = 1, tool = "pen", color = 3, size = 1, points = Enumerable.Repeat(5, 20_000).ToArray(),
        }));

        await bob.WaitForAsync("RoomUpdated", r => IsConnected(r, drawer) == false);
        _server.Clock.Advance(TimeSpan.FromSeconds(10));
        (await bob.WaitForAsync("TurnEnded")).GetProperty("reason").GetString().ShouldBe("drawerLeft");
        _server.Clock.Advance(TimeSpan.FromSeconds(5));
        var next = await bob.WaitForAsync("TurnStarted", t => GameTable.IsTurn(t, 2));
        next.GetProperty("drawerId").GetString().ShouldBe(bob.PlayerId);
        await GameTable.ChooseFirstWordAsync(bob, 2);
        await bob.ShouldStillBeInRoomAsync(_table.RoomId);
    }

    [Fact]
    public async Task An_oversized_frame_before_Register_closes_only_that_connection()
    {
        var stranger = await _server.ConnectAsync();
        await using var tidyStranger = stranger.Tidy();

        await Should.ThrowAsync<WebSocketException>(() => stranger.InvokeAsync("Register", new string('n', 40_000)));

        await BadInputKit.EventuallyAsync(() => !stranger.IsOpen, "the server closes the connection");
        var next = await _server.PlayerAsync("Dan");
        await using var tidyNext = next.Tidy();
        (await next.InvokeAsync("JoinRoom", _table.Code)).GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(4);
        await _table.Host.ShouldStillBeInRoomAsync(_table.RoomId);
    }

    private static bool? IsConnected(JsonElement room, HubTestClient player) =>
        room.GetProperty("players").EnumerateArray().FirstOrDefault(p => p.GetProperty("playerId").GetString() == player.PlayerId) is { ValueKind: JsonValueKind.Object } p
            ? p.GetProperty("connected").GetBoolean()
            : null;
}
