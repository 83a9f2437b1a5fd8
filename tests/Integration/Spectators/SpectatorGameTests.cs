using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Spectators;

/// <summary>A spectator tab must not become a cheating tool: it sees the game as a guesser who never guesses.</summary>
public sealed class SpectatorGameTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;
    private HubTestClient _eve = null!;

    public async Task InitializeAsync()
    {
        _table = await GameTable.SeatAsync(_server, GameTable.Settings(rounds: 1, hints: 2, drawingSeconds: 60), "Ann", "Bob", "Cid");
        _eve = await _server.PlayerAsync("Eve");
    }

    public async Task DisposeAsync()
    {
        await _eve.DisposeAsync();
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_spectator_follows_a_whole_game_and_never_receives_a_word_before_its_reveal_not_even_after_a_reload()
    {
        var watched = await _eve.InvokeAsync("WatchRoom", _table.Code);
        watched.GetProperty("spectating").GetBoolean().ShouldBeTrue();
        watched.GetProperty("room").GetProperty("players").EnumerateArray().ShouldNotContain(p => p.GetProperty("playerId").GetString() == _eve.PlayerId);
        watched.GetProperty("room").GetProperty("spectators").GetInt32().ShouldBe(1);
        var seen = new List<(HubTestClient Tab, int Turn, int From)>();
        await _table.Host.InvokeAsync("StartGame");

        for (var turnId = 1; turnId <= 3; turnId++)
        {
            await _eve.WaitForAsync("TurnStarted", t => GameTable.IsTurn(t, turnId));
            seen.Add((_eve, turnId, _eve.Events.ToList().FindIndex(e => e.Target == "TurnStarted" && GameTable.IsTurn(e.Payload, turnId))));
            var drawer = await _table.DrawerOfTurnAsync(turnId);
            var (first, second) = (_table.GuessersOf(drawer).First(), _table.GuessersOf(drawer).Last());
            var word = await GameTable.ChooseFirstWordAsync(drawer, turnId);

            (await _eve.WaitForAsync("DrawingStarted", d => GameTable.IsTurn(d, turnId))).GetProperty("word").ValueKind.ShouldBe(JsonValueKind.Null);
            await drawer.InvokeAsync("DrawStroke", new { strokeId = 10 + turnId, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } });
            await _eve.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 10 + turnId);
            await first.InvokeAsync("SendMessage", $"hello from turn {turnId}");
            await _eve.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == $"hello from turn {turnId}");
            await AdvanceOnceStoredAsync(TimeSpan.FromSeconds(21));
            (await _eve.WaitForAsync("HintUpdated", h => GameTable.IsTurn(h, turnId))).GetProperty("hint").GetString()!.Length.ShouldBe(word.Length);

            await first.InvokeAsync("SendMessage", word);
            await _eve.WaitForAsync("PlayerGuessed", g => g.GetProperty("playerId").GetString() == first.PlayerId && GameTable.IsTurn(g, turnId));
            await first.InvokeAsync("SendMessage", $"so easy {turnId}");
            await second.InvokeAsync("SendMessage", $"is it {word}?");
            await drawer.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == $"is it {word}?");

            if (turnId == 2)
            {
                // A reload mid-turn: the snapshot is the spectator's too.
                var token = _eve.ResumeToken;
                _eve.Abort();
                await _eve.DisposeAsync();
                _eve = await _server.ConnectAsync();
                var resumed = await _eve.ResumeAsync(token);
                var room = resumed.GetProperty("room");
                room.GetProperty("spectating").GetBoolean().ShouldBeTrue();
                room.GetProperty("game").GetProperty("word").ValueKind.ShouldBe(JsonValueKind.Null);
                room.GetProperty("game").GetProperty("canvas").GetArrayLength().ShouldBe(1);
                room.GetProperty("chat").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ShouldContain("hello from turn 2");
                resumed.GetRawText().ShouldNotContain(word, Case.Insensitive, "the resumed snapshot holds the word");
                seen.Add((_eve, turnId, 0));
            }

            await second.InvokeAsync("SendMessage", word);
            var ended = await _eve.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
            ended.GetProperty("word").GetString().ShouldBe(word);
            ended.GetProperty("scores").GetArrayLength().ShouldBe(3);
            foreach (var (tab, turn, from) in seen.Where(s => s.Turn == turnId))
            {
                var until = tab.Events.ToList().FindIndex(e => e.Target == "TurnEnded" && GameTable.IsTurn(e.Payload, turnId));
                var beforeReveal = tab.Events.Skip(from).Take(until - from).ToArray();
                beforeReveal.Where(e => e.RawFrame.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(e => e.Target)
                    .ShouldBeEmpty($"the spectator saw '{word}' before the reveal of turn {turnId}");
                beforeReveal.ShouldNotContain(e => e.Target == "ChatMessage" && e.Payload.GetProperty("text").GetString() == $"so easy {turnId}");
            }
            await AdvanceOnceStoredAsync(TimeSpan.FromSeconds(5));
        }

        var podium = (await _eve.WaitForAsync("GameOver")).GetProperty("podium");
        podium.GetArrayLength().ShouldBe(3);
    }

    /// <summary>
    /// A call on the room waits for its lock, so the command that sent the last event has stored the game and armed
    /// its timer before the clock moves (on Redis the event can arrive first).
    /// </summary>
    private async Task AdvanceOnceStoredAsync(TimeSpan by)
    {
        await _table.Host.InvokeAsync("GetSnapshot");
        _server.Clock.Advance(by);
    }

    [Fact]
    public async Task A_spectator_cannot_chat_guess_draw_choose_rate_start_or_kick()
    {
        await _eve.InvokeAsync("WatchRoom", _table.Code);
        (await _eve.InvokeExpectingErrorAsync("StartGame")).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("SendMessage", "hello")).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        await _table.Host.InvokeAsync("StartGame");
        (await _eve.InvokeExpectingErrorAsync("ChangeWordOptions")).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("RateDrawing", 1, "like")).Code.ShouldBe("SPECTATOR_CANNOT_PLAY", "the same answer while choosing as while drawing");
        var drawer = await _table.DrawerOfTurnAsync(1);
        var word = await GameTable.ChooseFirstWordAsync(drawer, 1);
        foreach (var player in _table.Players) await player.WaitForAsync("DrawingStarted", d => GameTable.IsTurn(d, 1));

        (await _eve.InvokeExpectingErrorAsync("SendMessage", word)).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 1, 2 } }))
            .Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("Fill", new { strokeId = 2, x = 5, y = 5, color = 4 })).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("ClearCanvas", 3)).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("ChooseWord", 0)).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("RateDrawing", 1, "like")).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("Kick", drawer.PlayerId)).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("VoteKick", drawer.PlayerId)).Code.ShouldBe("SPECTATOR_CANNOT_PLAY");
        (await _eve.InvokeExpectingErrorAsync("TakeSeat")).Code.ShouldBe("GAME_IN_PROGRESS");

        var scores = (await _table.Host.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("scores");
        scores.EnumerateArray().ShouldNotContain(s => s.GetProperty("playerId").GetString() == _eve.PlayerId);
        (await _table.Host.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas").GetArrayLength().ShouldBe(0);
    }
}
