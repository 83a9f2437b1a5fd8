using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Cluster.ClusterChecks;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>Two server processes behind one Redis act as one server: a game played across them is the same game for everyone.</summary>
[Collection(RedisCollection.Name)]
public sealed class TwoInstanceGameTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(DrawingSeconds + 30);

    [Fact]
    public async Task Players_on_two_instances_play_one_game_where_every_event_and_timer_happens_once()
    {
        var (a, b) = await StartTwoInstancesAsync(redis);
        var players = await SeatAsync(Settings(), (a, "Ann"), (b, "Bob"), (a, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        var words = new Dictionary<int, string>();

        // A join made on one instance reaches the players on the other.
        (await ann.WaitForAsync("PlayerJoined", p => p.GetProperty("playerId").GetString() == bob.PlayerId)).GetProperty("name").GetString().ShouldBe("Bob");
        await bob.WaitForAsync("PlayerJoined", p => p.GetProperty("playerId").GetString() == cid.PlayerId);

        await ann.InvokeAsync("StartGame");

        // Turn 1: Ann (A) draws, Bob (B) and Cid (A) both guess.
        (await WaitForTurnAsync(players, 1)).ShouldBe(ann.PlayerId);
        words[1] = await GameTable.ChooseFirstWordAsync(ann, 1);
        await ann.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } });
        foreach (var guesser in new[] { bob, cid }) await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 1);
        await bob.InvokeAsync("SendMessage", words[1]);
        // A held the game for Ann's first batch; Bob's guess changed it on B, so A must read it again
        // for her next batch, or Cid's guess (on A) would not see that everyone has guessed.
        await ann.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 30, 30 } });
        await cid.InvokeAsync("SendMessage", words[1].ToUpperInvariant());
        (await WaitForTurnEndAsync(players, 1)).ShouldBe("allGuessed");

        // Turn 2: Bob (B) lets the choosing timer pick his word; Cid guesses, Ann only chats, the drawing timer ends the turn.
        (await WaitForTurnAsync(players, 2)).ShouldBe(bob.PlayerId);
        var autoPicked = await bob.WaitForAsync("DrawingStarted", d => TurnOf(d) == 2, TurnTimeout);
        words[2] = autoPicked.GetProperty("word").GetString()!;
        await bob.InvokeAsync("DrawStroke", new { strokeId = 2, tool = "pen", color = 4, size = 2, points = new[] { 30, 30, 40, 40 } });
        foreach (var guesser in new[] { ann, cid }) await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 2);
        await ann.InvokeAsync("SendMessage", "is it a cat?");
        await cid.InvokeAsync("SendMessage", words[2]);
        foreach (var player in players) await player.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "is it a cat?");
        (await WaitForTurnEndAsync(players, 2)).ShouldBe("timeUp");

        // Turn 3: Cid (A) draws, Ann (A) and Bob (B) guess; the last turn ends the game.
        (await WaitForTurnAsync(players, 3)).ShouldBe(cid.PlayerId);
        words[3] = await GameTable.ChooseFirstWordAsync(cid, 3);
        // B adds to the chat log that A held for Ann's message in turn 2; A must not store its older copy over it.
        await bob.InvokeAsync("SendMessage", "hmm, no idea");
        await ann.InvokeAsync("SendMessage", "me neither");
        await ann.InvokeAsync("SendMessage", words[3]);
        await bob.InvokeAsync("SendMessage", words[3]);
        (await WaitForTurnEndAsync(players, 3)).ShouldBe("allGuessed");

        var gameOvers = new List<JsonElement>();
        foreach (var player in players) gameOvers.Add(await player.WaitForAsync("GameOver", timeout: TurnTimeout));
        await Task.Delay(SettleTime);

        gameOvers.Select(g => g.GetProperty("gameId").GetString()).Distinct().Count().ShouldBe(1);
        foreach (var player in players)
        {
            EachEventArrivedOnce(player);
            player.All("TurnStarted").Select(TurnOf).ShouldBe([1, 2, 3]);
            player.All("TurnEnded").Select(TurnOf).ShouldBe([1, 2, 3]);
            player.All("GameOver").Count.ShouldBe(1);
            player.All("ChatMessage").Count(m => m.GetProperty("text").GetString() == "is it a cat?").ShouldBe(1);
        }
        foreach (var (turnId, drawer) in new[] { (1, ann), (2, bob), (3, cid) })
        {
            foreach (var guesser in players.Where(p => p != drawer)) WordHiddenUntilAllowed(guesser, turnId, words[turnId]);
        }
        AssertThePodiumAddsUpTheTurns(ann, gameOvers[0]);
        var history = (await bob.InvokeAsync("GetSnapshot")).GetProperty("chat").EnumerateArray().Select(m => m.GetProperty("text").GetString()).ToArray();
        history.ShouldContain("is it a cat?");
        history.ShouldContain("hmm, no idea");
        history.ShouldContain("me neither");
        ann.All("HintUpdated").Count(h => TurnOf(h) == 2).ShouldBe(2, "two hints in turn 2, one per hint time");
    }

    /// <summary>
    /// A room whose players share an instance (the Gateway routes by room, ADR 0021) stays there: its
    /// timers (the word picked for the drawer, the reveals, the game's end) fire on that instance too,
    /// though the other polls the same timers, here five times as often. Fired there, each would move
    /// the room and back.
    /// </summary>
    [Fact]
    public async Task A_room_whose_players_share_an_instance_is_never_taken_over_by_the_other_not_even_by_its_timers()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis(redis.ConnectionString, prefix));
        var eager = ServerProcess.OnRedis(redis.ConnectionString, prefix);
        eager["Redis:TimerPollInterval"] = "00:00:00.005";
        var b = await StartServerAsync("B", eager);
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (a, "Bob"));
        await players[0].InvokeAsync("StartGame");

        foreach (var turnId in new[] { 1, 2 })
        {
            var drawerId = await WaitForTurnAsync(players, turnId);
            var drawer = players.Single(p => p.PlayerId == drawerId);
            var word = (await drawer.WaitForAsync("DrawingStarted", d => TurnOf(d) == turnId, TurnTimeout)).GetProperty("word").GetString()!;
            await players.Single(p => p != drawer).InvokeAsync("SendMessage", word);
            (await WaitForTurnEndAsync(players, turnId)).ShouldBe("allGuessed");
        }
        foreach (var player in players) await player.WaitForAsync("GameOver", timeout: TurnTimeout);

        using var http = b.CreateHttpClient();
        PrometheusText.Value(await http.GetStringAsync("/metrics"), "drawguess_room_handovers_total")
            .ShouldBe(0, "two word choices and two reveals were left to the timers, and all of them fired on A");
    }

    private static async Task<string> WaitForTurnAsync(IEnumerable<HubTestClient> players, int turnId)
    {
        var drawers = new HashSet<string>();
        foreach (var player in players) drawers.Add((await player.WaitForAsync("TurnStarted", t => TurnOf(t) == turnId, TurnTimeout)).GetProperty("drawerId").GetString()!);
        return drawers.ShouldHaveSingleItem();
    }

    private static async Task<string> WaitForTurnEndAsync(IEnumerable<HubTestClient> players, int turnId)
    {
        var reasons = new HashSet<string>();
        foreach (var player in players) reasons.Add((await player.WaitForAsync("TurnEnded", t => TurnOf(t) == turnId, TurnTimeout)).GetProperty("reason").GetString()!);
        return reasons.ShouldHaveSingleItem();
    }

    private static void AssertThePodiumAddsUpTheTurns(HubTestClient player, JsonElement gameOver)
    {
        var earned = player.All("TurnEnded").SelectMany(t => t.GetProperty("turnPoints").EnumerateArray())
            .GroupBy(p => p.GetProperty("playerId").GetString()!).ToDictionary(g => g.Key, g => g.Sum(p => p.GetProperty("points").GetInt32()));
        foreach (var entry in gameOver.GetProperty("podium").EnumerateArray())
            entry.GetProperty("score").GetInt32().ShouldBe(earned.GetValueOrDefault(entry.GetProperty("playerId").GetString()!));
    }
}
