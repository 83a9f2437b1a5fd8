using DrawGuess.IntegrationTests.Support;
using StackExchange.Redis;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Cluster.ClusterChecks;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// The SignalR backplane of one instance loses Redis after a command's state is saved (as in a failover, where
/// the live state's connection reaches the promoted primary before the backplane's does): the command still
/// answers, and its messages for players on the other instance are kept and arrive, in order and once, when the
/// backplane publishes again (ADR 0018), instead of being lost with the room moved on.
/// </summary>
public sealed class BackplaneOutageTests(ITestOutputHelper output) : OwnRedisTest(output)
{
    /// <summary>A liveness bound only: the backplane reconnects within a second of Redis taking connections again.</summary>
    private static readonly TimeSpan Eventually = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_guess_saved_while_the_backplane_is_down_reaches_the_other_instance_before_the_turn_ends()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis($"{Redis.ConnectionString},name=a", prefix));
        var b = await StartServerAsync("B", ServerProcess.OnRedis($"{Redis.ConnectionString},name=b", prefix));
        var players = await SeatAsync(Settings(), (a, "Ann"), (b, "Bob"), (a, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        await ann.InvokeAsync("StartGame");
        var word = await GameTable.ChooseFirstWordAsync(ann, 1);
        await bob.WaitForAsync("DrawingStarted", d => TurnOf(d) == 1);
        await using var admin = await ConnectionMultiplexer.ConnectAsync(Redis.ConnectionString);
        var redis = admin.GetServer(admin.GetEndPoints()[0]);

        await CutOffAsync(redis, "a-backplane");
        await cid.InvokeAsync("SendMessage", word);
        await cid.InvokeAsync("RateDrawing", 1, "like");
        await ann.WaitForAsync("DrawingRated");
        bob.All("PlayerGuessed").ShouldBeEmpty("A's backplane was not cut off: the test proves nothing");
        await redis.ExecuteAsync("CONFIG", "SET", "maxclients", "10000");

        await bob.WaitForAsync("PlayerGuessed", g => g.GetProperty("playerId").GetString() == cid.PlayerId, Eventually);
        await bob.InvokeAsync("SendMessage", word);
        foreach (var player in players) await player.WaitForAsync("TurnEnded", t => TurnOf(t) == 1, Eventually);
        await Task.Delay(SettleTime);

        var seen = bob.Events.Select(e => e.Target).ToList();
        seen.IndexOf("PlayerGuessed").ShouldBeLessThan(seen.IndexOf("DrawingRated"), "Cid's like, sent after the guess, overtook it");
        GuessOrder(bob, 1).ShouldBe([(cid.PlayerId, 1), (bob.PlayerId, 2)]);
        bob.All("ChatMessage").Count(m => m.GetProperty("systemCode").GetString() == "playerGuessed").ShouldBe(2);
        WordHiddenUntilAllowed(bob, 1, word);
        foreach (var player in players) EachEventArrivedOnce(player);
    }

    /// <summary>Drops the named client's connections and lets no new connection in, so it cannot reconnect; the others keep theirs.</summary>
    private static async Task CutOffAsync(IServer redis, string clientName)
    {
        var clients = ((string)(await redis.ExecuteAsync("CLIENT", "LIST"))!).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var cut = clients.Where(c => c.Contains($" name={clientName} ", StringComparison.Ordinal))
            .Select(c => c.Split(' ')[0]["id=".Length..]).ToArray();
        cut.ShouldNotBeEmpty($"no Redis client is named {clientName}");
        await redis.ExecuteAsync("CONFIG", "SET", "maxclients", (clients.Length - cut.Length).ToString());
        foreach (var id in cut) await redis.ExecuteAsync("CLIENT", "KILL", "ID", id);
    }
}
