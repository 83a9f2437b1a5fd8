using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// After a failover or an outage each instance subscribes to its channel again on its own time, and what another
/// instance publishes for it before then is gone. The players who missed something are told to read their room
/// again (Resync) once a message reaches their instance again, and their snapshot has every stroke.
/// </summary>
public sealed class MissedDeliveryTests(ITestOutputHelper output) : OwnRedisTest(output)
{
    private const int MissedStrokes = 5;

    [Fact]
    public async Task A_player_whose_instance_missed_strokes_while_subscribing_again_is_told_to_resync_and_the_snapshot_has_them_all()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis(Redis.ConnectionString, prefix));
        var b = await StartServerAsync("B", ServerProcess.OnRedis(Redis.ConnectionString, prefix));
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (b, "Bob"));
        var (ann, bob) = (players[0], players[1]);
        await ann.InvokeAsync("StartGame");
        await GameTable.ChooseFirstWordAsync(ann, 1);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Redis.ConnectionString + ",allowAdmin=true");

        // B frozen, and every subscriber connection dropped: A subscribes again at once, B only once it runs again, the
        // window a failover opens between the instances, held open while the strokes are drawn.
        var server = admin.GetServers()[0];
        ProcessSignals.Stop(b.ProcessId);
        try
        {
            await server.ExecuteAsync("CLIENT", "KILL", "TYPE", "pubsub");
            for (var strokeId = 1; strokeId <= MissedStrokes; strokeId++) await ann.InvokeAsync("DrawStroke", Stroke(strokeId));
        }
        finally
        {
            ProcessSignals.Continue(b.ProcessId);
        }
        await WaitUntilSubscribedAsync(server, $"{prefix}instance:*", instances: 2);
        bob.All("Canvas").ShouldBeEmpty("B was not subscribed: nothing could reach it");

        // The next message that reaches B is followed by Resync to the players it missed.
        await ann.InvokeAsync("DrawStroke", Stroke(MissedStrokes + 1));
        await bob.WaitForAsync("Canvas", c => StrokeId(c) == MissedStrokes + 1);
        await bob.WaitForAsync("Resync");
        var canvas = (await bob.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas").EnumerateArray().Select(StrokeId).ToList();
        canvas.ShouldBe(Enumerable.Range(1, MissedStrokes + 1), "the snapshot B's player reads after Resync has every stroke, in order, once");
        ann.All("Resync").ShouldBeEmpty("the drawer, on the publishing instance, missed nothing");
        a.LogTail().ShouldContain("Told 1 connections of instance", customMessage: "an operator sees in A's log that a repair was needed");
    }

    private static async Task WaitUntilSubscribedAsync(IServer server, string pattern, int instances)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (((RedisResult[])(await server.ExecuteAsync("PUBSUB", "CHANNELS", pattern))!).Length < instances)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the instances never subscribed to {pattern} again");
            await Task.Delay(100);
        }
    }

    private static int StrokeId(JsonElement canvas) => canvas.GetProperty("strokeId").GetInt32();

    private static object Stroke(int strokeId) => new { strokeId, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } };
}
