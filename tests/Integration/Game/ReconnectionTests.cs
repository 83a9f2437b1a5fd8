using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Game;

public sealed class ReconnectionTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_reload_mid_turn_restores_the_exact_canvas_scores_phase_time_and_chat()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        await drawer.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 4, size = 2, points = new[] { 100, 100, 110, 120 } });
        await drawer.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 4, size = 2, points = new[] { 130, 140 } });
        await drawer.InvokeAsync("DrawStroke", new { strokeId = 2, tool = "eraser", color = 0, size = 3, points = new[] { 5, 5, 6, 6 } });
        await drawer.InvokeAsync("Fill", new { strokeId = 3, x = 800, y = 450, color = 14 });
        await drawer.InvokeAsync("Undo", 2);
        var guessed = _table.GuessersOf(drawer).First();
        var reloading = _table.GuessersOf(drawer).Last();
        await guessed.InvokeAsync("SendMessage", word);
        await reloading.InvokeAsync("SendMessage", "is it a cat?");
        await guessed.WaitForAsync("YouGuessed");
        _server.Clock.Advance(TimeSpan.FromSeconds(7));

        reloading.Abort();
        await _table.Host.WaitForAsync("RoomUpdated", r => PlayerConnected(r, reloading) == false);
        await using var reloaded = await _server.ConnectAsync();
        var resumed = await reloaded.ResumeAsync(reloading.ResumeToken);

        var room = resumed.GetProperty("room");
        room.GetProperty("you").GetString().ShouldBe(reloading.PlayerId);
        var game = room.GetProperty("game");
        game.GetProperty("phase").GetString().ShouldBe("drawing");
        game.GetProperty("word").ValueKind.ShouldBe(JsonValueKind.Null);
        game.GetProperty("hint").GetString()!.Length.ShouldBe(word.Length);
        game.GetProperty("remainingMs").GetInt64().ShouldBe(60_000 - 7_000);
        var canvas = game.GetProperty("canvas").EnumerateArray().ToArray();
        canvas.Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("strokeId").GetInt32(), c.GetProperty("undone").GetBoolean()))
            .ShouldBe([("stroke", 1, false), ("stroke", 2, true), ("fill", 3, false)]);
        canvas[0].GetProperty("points").EnumerateArray().Select(p => p.GetInt32()).ShouldBe([100, 100, 110, 120, 130, 140]);
        canvas[2].GetProperty("color").GetInt32().ShouldBe(14);
        var scores = game.GetProperty("scores").EnumerateArray().ToArray();
        scores.Single(s => s.GetProperty("playerId").GetString() == guessed.PlayerId).GetProperty("guessed").GetBoolean().ShouldBeTrue();
        room.GetProperty("chat").EnumerateArray().ShouldContain(m => m.GetProperty("text").GetString() == "is it a cat?");
        resumed.GetRawText().ShouldNotContain(word, Case.Insensitive);
        (await _table.Host.WaitForAsync("RoomUpdated", r => PlayerConnected(r, reloading) == true)).ShouldNotBe(default);

        await reloaded.InvokeAsync("SendMessage", word);
        (await reloaded.WaitForAsync("YouGuessed")).GetProperty("word").GetString().ShouldBe(word);
    }

    [Fact]
    public async Task The_drawer_gets_the_word_back_after_a_reload()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        drawer.Abort();
        await using var reloaded = await _server.ConnectAsync();

        var resumed = await reloaded.ResumeAsync(drawer.ResumeToken);

        resumed.GetProperty("room").GetProperty("game").GetProperty("word").GetString().ShouldBe(word);
        await reloaded.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 0, points = new[] { 1, 2 } });
        (await _table.GuessersOf(drawer).First().WaitForAsync("Canvas")).GetProperty("strokeId").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_second_connection_with_the_same_token_replaces_the_first()
    {
        var bob = _table.Players[1];
        await using var second = await _server.ConnectAsync();

        await second.ResumeAsync(bob.ResumeToken);

        await bob.WaitForAsync("SessionReplaced");
        (await bob.InvokeExpectingErrorAsync("GetSnapshot")).Code.ShouldBe("NOT_REGISTERED");
        (await second.InvokeAsync("GetSnapshot")).GetProperty("you").GetString().ShouldBe(bob.PlayerId);
    }

    [Fact]
    public async Task A_disconnected_player_keeps_the_seat_for_60_seconds_then_loses_it()
    {
        var cid = _table.Players[2];
        cid.Abort();
        await _table.Host.WaitForAsync("RoomUpdated", r => PlayerConnected(r, cid) == false);

        _server.Clock.Advance(TimeSpan.FromSeconds(59));
        (await _table.Host.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(3);
        _server.Clock.Advance(TimeSpan.FromSeconds(1));

        // Not "a RoomUpdated with 2 players": one came before Cid joined. Timers may fire after Advance returns (Redis).
        await _table.Host.WaitForAsync("ChatMessage", m => m.GetProperty("systemCode").GetString() == "playerLeft" && m.GetProperty("args")[0].GetString() == "Cid");
        (await _table.Host.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(2);
        await using var late = await _server.ConnectAsync();
        (await late.ResumeAsync(cid.ResumeToken)).GetProperty("room").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_drawer_who_stays_away_past_the_grace_period_ends_the_turn_without_points()
    {
        var (drawer, _) = await _table.StartDrawingAsync();
        drawer.Abort();
        var guesser = _table.GuessersOf(drawer).First();
        await guesser.WaitForAsync("RoomUpdated", r => PlayerConnected(r, drawer) == false);

        _server.Clock.Advance(TimeSpan.FromSeconds(10));

        var ended = await guesser.WaitForAsync("TurnEnded");
        ended.GetProperty("reason").GetString().ShouldBe("drawerLeft");
        ended.GetProperty("turnPoints").EnumerateArray().ShouldAllBe(p => p.GetProperty("points").GetInt32() == 0);
    }

    [Fact]
    public async Task A_drawer_back_within_the_grace_period_keeps_drawing()
    {
        var (drawer, _) = await _table.StartDrawingAsync();
        drawer.Abort();
        _server.Clock.Advance(TimeSpan.FromSeconds(5));
        await using var back = await _server.ConnectAsync();
        await back.ResumeAsync(drawer.ResumeToken);

        _server.Clock.Advance(TimeSpan.FromSeconds(10));

        await back.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 0, points = new[] { 1, 2 } });
        _table.Host.All("TurnEnded").ShouldBeEmpty();
    }

    private static bool? PlayerConnected(JsonElement room, HubTestClient player) =>
        room.GetProperty("players").EnumerateArray().Where(p => p.GetProperty("playerId").GetString() == player.PlayerId)
            .Select(p => (bool?)p.GetProperty("connected").GetBoolean()).FirstOrDefault();
}
