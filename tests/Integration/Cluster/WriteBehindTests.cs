using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using StackExchange.Redis;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Cluster.ClusterChecks;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// A room whose players are all on one instance has the drawer's strokes (ADR 0022) and its chat lines (ADR 0023)
/// stored behind the relay: what a killed instance loses is only what waited to be written, the canvas and chat players
/// resume stay whole, and nothing waits past a handover or a shutdown. With a receiver on another instance, a stroke
/// or a line is stored before it is relayed.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class WriteBehindTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    /// <summary>Longer than any test: strokes and lines are then written only when something other than the window makes them.</summary>
    private const string NeverByTime = "01:00:00";

    private readonly string _prefix = RedisServer.UniqueKeyPrefix();

    [Fact]
    public async Task Strokes_a_killed_instance_had_not_written_are_lost_and_the_resumed_canvas_holds_every_stroke_written_before()
    {
        var (a, b) = await StartInstancesAsync(NeverByTime);
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (a, "Bob"), (a, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        var word = await StartDrawingAsync(ann, players);
        await DrawAsync(ann, strokeId: 1, [100, 100, 110, 110], [120, 120]);
        // Bob's guess is a full save of the game: it takes the waiting batches of stroke 1 into its own write.
        await bob.InvokeAsync("SendMessage", word);
        await bob.WaitForAsync("YouGuessed", g => TurnOf(g) == 1);
        // Relaying this batch looks up connections older than their 10 s, if any: the batches after it wait behind.
        await DrawAsync(ann, strokeId: 2, [300, 300, 310, 310]);
        await DrawAsync(ann, strokeId: 2, [320, 320], [330, 330]);
        foreach (var guesser in new[] { bob, cid }) await guesser.WaitForAsync("Canvas", c => IsStroke(c, 2, points: 1) && c.GetProperty("points")[0].GetInt32() == 330);

        await a.KillAsync();
        var (annOnB, resumed) = await ResumeOnAsync(b, ann);

        var canvas = resumed.GetProperty("room").GetProperty("game").GetProperty("canvas");
        canvas[0].GetProperty("strokeId").GetInt32().ShouldBe(1);
        canvas[0].GetProperty("points").EnumerateArray().Select(p => p.GetInt32()).ShouldBe([100, 100, 110, 110, 120, 120]);
        var strokeTwoPoints = canvas.EnumerateArray().Skip(1).Sum(o => o.GetProperty("points").GetArrayLength());
        strokeTwoPoints.ShouldBeLessThanOrEqualTo(4, "stroke 2's last two batches were still waiting to be written");
        await DrawAsync(annOnB, strokeId: 3, [500, 500]);
        (await annOnB.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas").EnumerateArray()
            .Select(o => o.GetProperty("strokeId").GetInt32()).Last().ShouldBe(3);
    }

    [Fact]
    public async Task Chat_lines_a_killed_instance_had_not_written_are_lost_and_the_chat_goes_on_from_every_line_written_before()
    {
        var (a, b) = await StartInstancesAsync(NeverByTime);
        var players = await SeatAsync(Settings(), (a, "Ann"), (a, "Bob"), (a, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        await SayAsync(bob, "one", players);
        // Dan's join runs on B: B takes the room's lease, so A writes "one" before it lets the room go.
        var dan = await PlayerAsync(b, "Dan");
        await dan.InvokeAsync("JoinRoom", (await ann.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("code").GetString());
        await dan.InvokeAsync("LeaveRoom");
        // Relaying these looks the players' connections up again, if needed: the lines after them wait behind.
        await SayAsync(bob, "two", players);
        await SayAsync(cid, "three", players);
        await SayAsync(bob, "four", players);

        await a.KillAsync();
        var (annOnB, resumed) = await ResumeOnAsync(b, ann);

        var lines = PlayerLines(resumed.GetProperty("room"));
        lines.ShouldContain("one");
        lines.ShouldNotContain("four", "Bob's last line was still waiting to be written");
        await annOnB.InvokeAsync("SendMessage", "after");
        var snapshot = await annOnB.InvokeAsync("GetSnapshot");
        PlayerLines(snapshot).ShouldBe([.. lines, "after"]);
        snapshot.GetProperty("chat").EnumerateArray().Select(m => m.GetProperty("id").GetInt64()).ShouldBeUnique();
    }

    [Fact]
    public async Task With_a_receiver_on_another_instance_a_stroke_or_a_chat_line_is_stored_before_it_is_relayed()
    {
        var (a, b) = await StartInstancesAsync(NeverByTime);
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (b, "Bob"), (a, "Cid"));
        var (ann, bob) = (players[0], players[1]);
        await StartDrawingAsync(ann, players);
        await DrawAsync(ann, strokeId: 1, [100, 100, 110, 110], [120, 120]);
        await bob.WaitForAsync("Canvas", c => IsStroke(c, 1, points: 1));
        await SayAsync(players[2], "seen on B", players);

        await a.KillAsync();
        var (_, resumed) = await ResumeOnAsync(b, ann);

        var canvas = resumed.GetProperty("room").GetProperty("game").GetProperty("canvas");
        canvas.GetArrayLength().ShouldBe(1);
        canvas[0].GetProperty("points").GetArrayLength().ShouldBe(6, "both batches reached Bob through Redis, so both were stored first");
        PlayerLines(resumed.GetProperty("room")).ShouldContain("seen on B", "the line reached Bob through Redis, so it was stored first");
    }

    [Fact]
    public async Task Strokes_and_chat_lines_waiting_to_be_written_are_written_before_another_instance_takes_the_room()
    {
        var (a, b) = await StartInstancesAsync(NeverByTime);
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (a, "Bob"), (a, "Cid"));
        var (ann, bob) = (players[0], players[1]);
        await StartDrawingAsync(ann, players);
        await DrawAsync(ann, strokeId: 1, [100, 100, 110, 110], [120, 120], [130, 130]);
        await ann.InvokeAsync("Fill", new { strokeId = 2, x = 800, y = 450, color = 14 });
        await bob.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 2);
        await SayAsync(bob, "nice", players);
        await SayAsync(players[2], "a cat?", players);

        // Resuming on B takes the room's lease there: A lets it go, and writes what waits first.
        var (_, resumed) = await ResumeOnAsync(b, ann);

        var canvas = resumed.GetProperty("room").GetProperty("game").GetProperty("canvas");
        canvas.GetArrayLength().ShouldBe(2);
        canvas[0].GetProperty("points").GetArrayLength().ShouldBe(8);
        canvas[1].GetProperty("kind").GetString().ShouldBe("fill");
        PlayerLines(resumed.GetProperty("room")).TakeLast(2).ShouldBe(["nice", "a cat?"]);
    }

    [Fact]
    public async Task On_SIGTERM_the_strokes_and_chat_lines_waiting_to_be_written_are_written_and_the_players_resume_them_all()
    {
        var (a, b) = await StartInstancesAsync(NeverByTime);
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (a, "Bob"), (a, "Cid"));
        var ann = players[0];
        await StartDrawingAsync(ann, players);
        await DrawAsync(ann, strokeId: 1, [100, 100, 110, 110], [120, 120], [130, 130]);
        await players[1].WaitForAsync("Canvas", c => IsStroke(c, 1, points: 1) && c.GetProperty("points")[0].GetInt32() == 130);
        await SayAsync(players[1], "last words", players);

        (await a.TerminateAsync(within: GracefulShutdownTests.GraceAfterPreStop)).ShouldBe(0);
        var (_, resumed) = await ResumeOnAsync(b, ann);

        var canvas = resumed.GetProperty("room").GetProperty("game").GetProperty("canvas");
        canvas.GetArrayLength().ShouldBe(1);
        canvas[0].GetProperty("points").GetArrayLength().ShouldBe(8);
        PlayerLines(resumed.GetProperty("room"))[^1].ShouldBe("last words");
    }

    [Fact]
    public async Task With_the_default_window_strokes_and_chat_lines_reach_Redis_by_themselves_and_survive_a_kill_9()
    {
        // The lease is kept long after the last stroke, so what writes the strokes here is the window, not the let-go.
        var (a, b) = await StartInstancesAsync(writeBehind: null, leaseKeptFor: "00:00:01.5");
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (a, "Bob"), (a, "Cid"));
        var ann = players[0];
        var roomId = (await ann.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("roomId").GetString()!;
        await StartDrawingAsync(ann, players);
        await DrawAsync(ann, strokeId: 1, [100, 100, 110, 110], [120, 120], [130, 130]);
        await SayAsync(players[1], "a boat", players);

        await using var connection = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var stored = connection.GetDatabase();
        await EventuallyAsync(async () => await stored.ListLengthAsync($"{_prefix}canvas:{roomId}") == 3
                && ((string?)await stored.ListGetByIndexAsync($"{_prefix}chat-messages:{roomId}", -1))?.Contains("a boat") == true
                && await stored.KeyExistsAsync($"{_prefix}lease:{roomId}"),
            "the three batches and the line are written while A still holds the room, without any other command on it");
        await a.KillAsync();
        var (_, resumed) = await ResumeOnAsync(b, ann);

        resumed.GetProperty("room").GetProperty("game").GetProperty("canvas")[0].GetProperty("points").GetArrayLength().ShouldBe(8);
        PlayerLines(resumed.GetProperty("room"))[^1].ShouldBe("a boat");
    }

    /// <summary>Instances "A" and "B"; B waits out the lease of a killed A (5 s) instead of giving up at the same time.</summary>
    private async Task<(ServerProcess A, ServerProcess B)> StartInstancesAsync(string? writeBehind, string? leaseKeptFor = null)
    {
        var settings = ServerProcess.OnRedis(redis.ConnectionString, _prefix);
        settings["Redis:RoomLeaseWait"] = "00:00:15";
        if (writeBehind is not null) settings["Redis:WriteBehind"] = writeBehind;
        if (leaseKeptFor is not null) settings["Redis:RoomLeaseKeptFor"] = leaseKeptFor;
        return (await StartServerAsync("A", settings), await StartServerAsync("B", settings));
    }

    /// <summary>Turn 1 in its drawing phase, Ann (the host, on A) drawing; returns the word.</summary>
    private static async Task<string> StartDrawingAsync(HubTestClient ann, IReadOnlyList<HubTestClient> players)
    {
        await ann.InvokeAsync("StartGame");
        foreach (var player in players) await player.WaitForAsync("TurnStarted", t => TurnOf(t) == 1);
        return await GameTable.ChooseFirstWordAsync(ann, 1);
    }

    private static async Task DrawAsync(HubTestClient drawer, int strokeId, params int[][] batches)
    {
        foreach (var points in batches) await drawer.InvokeAsync("DrawStroke", new { strokeId, tool = "pen", color = 4, size = 2, points });
    }

    /// <summary>Sends a chat line and waits until every player of <paramref name="room"/> has it.</summary>
    private static async Task SayAsync(HubTestClient sender, string text, IReadOnlyList<HubTestClient> room)
    {
        await sender.InvokeAsync("SendMessage", text);
        foreach (var player in room) await player.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == text);
    }

    /// <summary>The players' lines (not the system's) of a room snapshot's chat, oldest first.</summary>
    private static List<string> PlayerLines(JsonElement snapshot) =>
        [.. snapshot.GetProperty("chat").EnumerateArray().Where(m => m.GetProperty("kind").GetString() == "player").Select(m => m.GetProperty("text").GetString()!)];

    private static bool IsStroke(JsonElement canvas, int strokeId, int points) =>
        canvas.GetProperty("strokeId").GetInt32() == strokeId && canvas.GetProperty("points").GetArrayLength() == points * 2;

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string because)
    {
        var deadline = DateTime.UtcNow + HubTestClient.DefaultWait;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException($"Timed out: {because}");
            await Task.Delay(20);
        }
    }
}
