using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Cluster.ClusterChecks;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>An instance that dies or is stopped mid-turn loses no game: its players carry on from another instance.</summary>
[Collection(RedisCollection.Name)]
public sealed class InstanceHandoverTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    private static readonly TimeSpan SameTime = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(DrawingSeconds + 30);
    private ServerProcess _a = null!;
    private ServerProcess _b = null!;

    public override async Task InitializeAsync()
    {
        (_a, _b) = await StartTwoInstancesAsync(redis);
    }

    [Fact]
    public async Task After_kill_9_of_the_instance_hosting_the_game_its_players_resume_on_the_other_and_finish_the_game()
    {
        var players = await SeatAsync(Settings(), (_a, "Ann"), (_b, "Bob"), (_a, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        var word = await DrawAndLetBobGuessAsync(ann, players);
        var before = (await bob.InvokeAsync("GetSnapshot")).GetProperty("game");

        await _a.KillAsync();
        var (annOnB, annResumed) = await ResumeOnAsync(_b, ann);
        var (cidOnB, cidResumed) = await ResumeOnAsync(_b, cid);

        foreach (var resumed in new[] { annResumed, cidResumed }) AssertSameTurn(before, resumed.GetProperty("room").GetProperty("game"));
        annResumed.GetProperty("room").GetProperty("game").GetProperty("word").GetString().ShouldBe(word, "the drawer keeps the word");
        cidResumed.GetRawText().ShouldNotContain(word, Case.Insensitive);

        await FinishTheGameAsync([annOnB, bob, cidOnB], word);
    }

    [Fact]
    public async Task Players_of_a_killed_instance_who_never_come_back_are_marked_disconnected_by_the_other()
    {
        var players = await SeatAsync(Settings(), (_b, "Ann"), (_b, "Bob"), (_a, "Cid"));
        var ann = players[0];
        var cid = players[2];

        await _a.KillAsync();

        // Within the dead instance's heartbeat (10 s) plus a janitor round, as if Cid's socket had closed.
        var update = await ann.WaitForAsync("RoomUpdated", r => IsConnected(r, cid) == false, TimeSpan.FromSeconds(30));
        update.GetProperty("players").GetArrayLength().ShouldBe(3, "the seat is kept for the seat-hold time");
    }

    private static bool? IsConnected(JsonElement room, HubTestClient player) =>
        room.GetProperty("players").EnumerateArray()
            .Where(p => p.GetProperty("playerId").GetString() == player.PlayerId)
            .Select(p => (bool?)p.GetProperty("connected").GetBoolean()).FirstOrDefault();

    [Fact]
    public async Task On_SIGTERM_players_are_told_to_reconnect_and_resume_on_the_other_instance()
    {
        var players = await SeatAsync(Settings(), (_a, "Ann"), (_b, "Bob"), (_a, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        var word = await DrawAndLetBobGuessAsync(ann, players);
        var before = (await bob.InvokeAsync("GetSnapshot")).GetProperty("game");

        var exitCode = await _a.TerminateAsync(within: GracefulShutdownTests.GraceAfterPreStop);

        exitCode.ShouldBe(0);
        foreach (var player in new[] { ann, cid })
        {
            var close = await player.Closed.WaitAsync(HubTestClient.DefaultWait);
            close.AllowReconnect.ShouldBeTrue($"{player.Name} was not told to reconnect");
        }
        var (annOnB, annResumed) = await ResumeOnAsync(_b, ann);
        var (cidOnB, cidResumed) = await ResumeOnAsync(_b, cid);
        foreach (var resumed in new[] { annResumed, cidResumed }) AssertSameTurn(before, resumed.GetProperty("room").GetProperty("game"));

        await FinishTheGameAsync([annOnB, bob, cidOnB], word);
    }

    /// <summary>Turn 1 in its drawing phase: Ann draws a stroke in two batches and a fill she undoes, and Bob (on B) has guessed.</summary>
    private static async Task<string> DrawAndLetBobGuessAsync(HubTestClient ann, IReadOnlyList<HubTestClient> players)
    {
        await ann.InvokeAsync("StartGame");
        foreach (var player in players) await player.WaitForAsync("TurnStarted", t => TurnOf(t) == 1);
        var word = await GameTable.ChooseFirstWordAsync(ann, 1);
        await ann.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 4, size = 2, points = new[] { 100, 100, 110, 120 } });
        await ann.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 4, size = 2, points = new[] { 130, 140 } });
        await ann.InvokeAsync("Fill", new { strokeId = 2, x = 800, y = 450, color = 14 });
        await ann.InvokeAsync("Undo", 2);
        var bob = players[1];
        await bob.WaitForAsync("Canvas", c => c.GetProperty("kind").GetString() == "undo");
        await bob.InvokeAsync("SendMessage", word);
        await bob.WaitForAsync("YouGuessed", g => TurnOf(g) == 1);
        foreach (var player in players) await player.WaitForAsync("PlayerGuessed", g => TurnOf(g) == 1);
        return word;
    }

    private static void AssertSameTurn(JsonElement before, JsonElement after)
    {
        after.GetProperty("gameId").GetString().ShouldBe(before.GetProperty("gameId").GetString());
        after.GetProperty("turnId").GetInt32().ShouldBe(before.GetProperty("turnId").GetInt32());
        after.GetProperty("phase").GetString().ShouldBe("drawing");
        after.GetProperty("drawerId").GetString().ShouldBe(before.GetProperty("drawerId").GetString());
        Scores(after).ShouldBe(Scores(before), ignoreOrder: true);
        after.GetProperty("canvas").GetRawText().ShouldBe(before.GetProperty("canvas").GetRawText());
        after.GetProperty("canvas").GetArrayLength().ShouldBe(2);
        after.GetProperty("canvas")[0].GetProperty("points").GetArrayLength().ShouldBe(6);
        after.GetProperty("canvas")[1].GetProperty("undone").GetBoolean().ShouldBeTrue();
        var endsAt = after.GetProperty("phaseEndsAt").GetInt64();
        endsAt.ShouldBeInRange(before.GetProperty("phaseEndsAt").GetInt64() - (long)SameTime.TotalMilliseconds, before.GetProperty("phaseEndsAt").GetInt64() + (long)SameTime.TotalMilliseconds);
        var remaining = after.GetProperty("remainingMs").GetInt64();
        var expected = endsAt - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        remaining.ShouldBeInRange(expected - (long)SameTime.TotalMilliseconds, expected + (long)SameTime.TotalMilliseconds);
    }

    private static IEnumerable<string> Scores(JsonElement game) =>
        game.GetProperty("scores").EnumerateArray().Select(s =>
            $"{s.GetProperty("playerId").GetString()} {s.GetProperty("score").GetInt32()} {s.GetProperty("turnPoints").GetInt32()} {s.GetProperty("guessed").GetBoolean()}");

    /// <summary>Ann keeps drawing, Cid guesses, then Bob and Cid draw their turns; the game ends with a podium for all three.</summary>
    private static async Task FinishTheGameAsync(HubTestClient[] players, string word)
    {
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        await ann.InvokeAsync("DrawStroke", new { strokeId = 3, tool = "pen", color = 3, size = 1, points = new[] { 200, 200, 210, 210 } });
        foreach (var guesser in new[] { bob, cid }) await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 3);
        await cid.InvokeAsync("SendMessage", word);
        foreach (var player in players)
            (await player.WaitForAsync("TurnEnded", t => TurnOf(t) == 1, TurnTimeout)).GetProperty("reason").GetString().ShouldBe("allGuessed");

        foreach (var (turnId, drawer) in new[] { (2, bob), (3, cid) })
        {
            await ann.WaitForAsync("TurnStarted", t => TurnOf(t) == turnId, TurnTimeout);
            var next = await GameTable.ChooseFirstWordAsync(drawer, turnId);
            foreach (var guesser in players.Where(p => p != drawer)) await guesser.InvokeAsync("SendMessage", next);
            foreach (var player in players) await player.WaitForAsync("TurnEnded", t => TurnOf(t) == turnId, TurnTimeout);
        }
        foreach (var player in players)
        {
            var podium = (await player.WaitForAsync("GameOver", timeout: TurnTimeout)).GetProperty("podium");
            podium.GetArrayLength().ShouldBe(3);
        }
        await Task.Delay(SettleTime);
        foreach (var player in players)
        {
            EachEventArrivedOnce(player);
            player.All("TurnEnded").Count(t => TurnOf(t) == 1).ShouldBe(1);
        }
    }
}
