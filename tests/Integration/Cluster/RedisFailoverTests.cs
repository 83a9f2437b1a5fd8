using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.IntegrationTests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Cluster.ClusterChecks;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// The Redis primary dies (kill -9) in the middle of a game played on two server instances that reach
/// Redis through Sentinel: while Sentinel promotes a replica, calls fail with the documented
/// SERVICE_UNAVAILABLE; then the same processes take strokes and guesses again, the turn timers fire,
/// and the game ends once for everyone with nothing duplicated. The time from the kill to the first
/// stroke accepted again is written to the test output (docs/operations.md quotes it).
/// </summary>
public sealed class RedisFailoverTests(ITestOutputHelper output) : RealServersTest(output)
{
    /// <summary>A liveness bound only: recovery normally takes a few seconds (see the test output).</summary>
    private static readonly TimeSpan RecoveryBound = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(DrawingSeconds + 30);
    private readonly ITestOutputHelper _output = output;
    private RedisSentinelGroup _redis = null!;

    public override async Task InitializeAsync() => _redis = await RedisSentinelGroup.StartAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task After_the_primary_is_killed_mid_game_the_same_servers_carry_the_game_on_the_promoted_replica()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis(_redis.ConnectionString, prefix));
        var b = await StartServerAsync("B", ServerProcess.OnRedis(_redis.ConnectionString, prefix));
        var players = await SeatAsync(Settings(), (a, "Ann"), (b, "Bob"), (a, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        await ann.InvokeAsync("StartGame");
        (await WaitForTurnAsync(players, 1)).ShouldBe(ann.PlayerId);
        var word = await GameTable.ChooseFirstWordAsync(ann, 1);
        await ann.InvokeAsync("DrawStroke", Stroke(1));
        await bob.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 1);

        var oldPrimary = await _redis.KillPrimaryAsync();
        var sinceKill = Stopwatch.StartNew();
        var (_, refusals) = await CallUntilAcceptedAsync(ann, "DrawStroke", Stroke(2));
        var recovered = sinceKill.Elapsed;
        var newPrimary = await _redis.WaitForFailoverAsync(oldPrimary);
        _output.WriteLine($"Failover: primary {oldPrimary} killed, {newPrimary} promoted; first stroke accepted again after {recovered.TotalSeconds:F1} s " +
            $"({refusals} calls refused meanwhile with SERVICE_UNAVAILABLE); Sentinel down-after {RedisSentinelGroup.DownAfter.TotalSeconds:F0} s.");

        // The stroke is stored once, whatever the refused tries did, and the drawer's strokes cross to B again. The first
        // accepted one may be published before B has subscribed again on the promoted primary, and then B's player
        // is sent Resync once one crosses (MissedDeliveryTests): the drawer goes on until one does.
        var (snapshot, _) = await CallUntilAcceptedAsync(bob, "GetSnapshot"); // B may still be reconnecting
        var stored = snapshot.GetProperty("game").GetProperty("canvas").EnumerateArray()
            .Single(op => op.GetProperty("strokeId").GetInt32() == 2);
        stored.GetProperty("points").GetArrayLength().ShouldBe(4, "the retried stroke was stored more than once");
        await DrawUntilRelayedAsync(ann, bob, firstStrokeId: 3);
        await cid.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() >= 2, RecoveryBound);
        // Guesses on both instances end the turn, the timers run the rest.
        await bob.InvokeAsync("SendMessage", word);
        await cid.InvokeAsync("SendMessage", word);
        (await WaitForTurnEndAsync(players, 1)).ShouldBe("allGuessed");
        for (var turnId = 2; turnId <= 3; turnId++)
        {
            var drawerId = await WaitForTurnAsync(players, turnId);
            var drawer = players.Single(p => p.PlayerId == drawerId);
            var next = await GameTable.ChooseFirstWordAsync(drawer, turnId);
            foreach (var guesser in players.Where(p => p != drawer)) await guesser.InvokeAsync("SendMessage", next);
            (await WaitForTurnEndAsync(players, turnId)).ShouldBe("allGuessed");
        }
        foreach (var player in players) await player.WaitForAsync("GameOver", timeout: TurnTimeout);
        await Task.Delay(SettleTime);

        foreach (var player in players)
        {
            // A stroke batch refused during the switch may still have been relayed (it is sent while its
            // append runs, and the append failed), so the retry may reach the others twice, with the same
            // points (docs/operations.md#redis-ha). Every other event arrives once.
            EachEventArrivedOnce(player, except: "Canvas");
            player.All("Canvas").Count(c => c.GetProperty("strokeId").GetInt32() == 1).ShouldBe(player == ann ? 0 : 1);
            player.All("TurnStarted").Select(TurnOf).ShouldBe([1, 2, 3]);
            player.All("TurnEnded").Select(TurnOf).ShouldBe([1, 2, 3]);
            player.All("GameOver").Count.ShouldBe(1);
        }
        using var http = a.CreateHttpClient();
        (await http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task While_the_primary_refuses_writes_readiness_is_503_though_it_still_answers()
    {
        var server = await StartServerAsync("A", ServerProcess.OnRedis(_redis.ConnectionString, RedisServer.UniqueKeyPrefix()));
        using var http = server.CreateHttpClient();
        // A server answers /health at once; it is ready once its first connection to the primary is up.
        (await EventualReadinessAsync(http, HttpStatusCode.OK)).ShouldBe(HttpStatusCode.OK);

        // With no replica left to acknowledge, the primary refuses writes (min-replicas-to-write) but answers PING.
        await _redis.KillReplicasAsync();

        (await EventualReadinessAsync(http, HttpStatusCode.ServiceUnavailable)).ShouldBe(HttpStatusCode.ServiceUnavailable, "readiness stayed green while no game could be written");
    }

    [Fact]
    public async Task A_server_started_while_no_Sentinel_answers_serves_games_once_they_do()
    {
        await _redis.KillSentinelsAsync();
        var server = await StartServerAsync("A", ServerProcess.OnRedis(_redis.ConnectionString, RedisServer.UniqueKeyPrefix()));
        using var http = server.CreateHttpClient();
        (await http.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        await _redis.StartSentinelsAsync();

        (await EventualReadinessAsync(http, HttpStatusCode.OK)).ShouldBe(HttpStatusCode.OK, "the server never connected after its first attempt failed");
        var players = await SeatAsync(Settings(), (server, "Ann"), (server, "Bob"));
        await players[0].InvokeAsync("StartGame");
        await GameTable.ChooseFirstWordAsync(players[0], 1);
    }

    [Fact]
    public async Task An_instance_channel_follows_the_failover_to_the_promoted_primary_and_gets_each_message_once()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var instance = new ServerInstance();
        var configuration = RedisServer.Configuration(_redis.ConnectionString);
        using var channels = new RedisInstanceChannels(RedisConnection.ForBackplane(configuration, NullLogger<RedisConnection>.Instance), instance,
            Options.Create(new RedisOptions { KeyPrefix = prefix }));
        var channel = $"{prefix}instance:{instance.Id}";
        var received = new ConcurrentQueue<string>();
        await channels.ListenAsync(message => received.Enqueue(Encoding.UTF8.GetString(message)));

        var oldPrimary = await _redis.KillPrimaryAsync();
        var deadline = Stopwatch.StartNew();
        await _redis.WaitForFailoverAsync(oldPrimary);
        while (!received.Contains("ping") && deadline.Elapsed < RecoveryBound)
        {
            await _redis.PublishOnPrimaryAsync(channel, "ping");
            await Task.Delay(100);
        }

        for (var i = 0; i < 20; i++) await _redis.PublishOnPrimaryAsync(channel, $"m{i}");
        await Task.Delay(SettleTime);

        var bySubscribers = await _redis.SubscribersByNodeAsync(channel);
        bySubscribers.Where(node => node.Value > 0).Select(node => node.Key).ShouldBe([await _redis.PrimaryPortAsync()],
            $"subscribed on {string.Join(", ", bySubscribers)}: a replica delivers what its primary publishes, so a subscription there doubles");
        received.Where(m => m != "ping").ShouldBe(Enumerable.Range(0, 20).Select(i => $"m{i}"));
    }

    [Fact]
    public async Task Players_who_connect_during_a_failover_stay_connected_and_SignalRs_backplane_ends_on_the_promoted_primary_only()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis(_redis.ConnectionString, prefix));
        var b = await StartServerAsync("B", ServerProcess.OnRedis(_redis.ConnectionString, prefix));
        var watcher = await PlayerAsync(a, "Wat");
        await watcher.InvokeAsync("WatchLobby");
        var hosts = new List<HubTestClient>();
        for (var i = 0; i < 6; i++) hosts.Add(await PlayerAsync(b, $"Host{i}"));

        // SignalR subscribes each new connection's channel as it connects, here while there is no primary to subscribe on.
        var oldPrimary = await _redis.KillPrimaryAsync();
        var duringSwitch = new List<HubTestClient>();
        for (var i = 0; i < 3; i++) duringSwitch.Add(await ConnectAsync(a));
        // They register as the web app does, retrying while refused (which also keeps the registration deadline off).
        var registering = duringSwitch.Select((client, i) => CallUntilAcceptedAsync(client, "Register", $"Late{i}")).ToList();
        await _redis.WaitForFailoverAsync(oldPrimary);
        await Task.WhenAll(registering);
        duringSwitch.ShouldAllBe(client => client.IsOpen, "a connection opened during the failover was dropped");
        var lateWatcher = duringSwitch[0];
        await lateWatcher.InvokeAsync("WatchLobby");
        // The first room listed across the instances shows the backplane back; the lobby group's messages go through SignalR's.
        var first = await CreatePublicRoomAsync(hosts[0]);
        await watcher.WaitForAsync("LobbyRoomUpdated", r => r.GetProperty("roomId").GetString() == first, RecoveryBound);
        await Task.Delay(SettleTime);

        var rooms = new List<string>();
        foreach (var host in hosts.Skip(1)) rooms.Add(await CreatePublicRoomAsync(host));
        await Task.Delay(SettleTime);

        // StackExchange.Redis listens on every node for news of a new primary, by design; that one channel may be anywhere.
        var configurationChannel = prefix + new ConfigurationOptions().ConfigurationChannel;
        var primary = await _redis.PrimaryPortAsync();
        var onReplicas = (await _redis.ChannelsByNodeAsync($"{prefix}*")).Where(node => node.Key != primary)
            .SelectMany(node => node.Value).Where(channel => channel != configurationChannel).ToList();
        onReplicas.ShouldBeEmpty("a replica delivers what its primary publishes, so a subscription there doubles every message");
        foreach (var (lobby, who) in new[] { (watcher, "the watcher from before"), (lateWatcher, "the watcher connected during the switch") })
        {
            foreach (var room in rooms)
                lobby.All("LobbyRoomUpdated").Count(r => r.GetProperty("roomId").GetString() == room).ShouldBe(1, $"{who} heard room {room} more or less than once");
        }
    }

    private static async Task<string> CreatePublicRoomAsync(HubTestClient host)
    {
        var (snapshot, _) = await CallUntilAcceptedAsync(host, "CreateRoom", GameTable.Settings(isPublic: true));
        return snapshot.GetProperty("room").GetProperty("roomId").GetString()!;
    }

    /// <summary>Polls /health/ready until it answers <paramref name="expected"/> or the liveness bound passes; returns the last answer.</summary>
    private static async Task<HttpStatusCode> EventualReadinessAsync(HttpClient http, HttpStatusCode expected)
    {
        var deadline = Stopwatch.StartNew();
        HttpStatusCode status;
        while ((status = (await http.GetAsync("/health/ready")).StatusCode) != expected && deadline.Elapsed < RecoveryBound) await Task.Delay(500);
        return status;
    }

    private static object Stroke(int id) => new { strokeId = id, tool = "pen", color = 3, size = 1, points = new[] { 10 * (id % 50), 10, 20 * (id % 50), 20 } };

    /// <summary>
    /// Calls again while the call is refused with SERVICE_UNAVAILABLE, as the web app retries a stroke; any other
    /// refusal fails the test. Returns the answer and how many calls were refused.
    /// </summary>
    private static async Task<(JsonElement Answer, int Refusals)> CallUntilAcceptedAsync(HubTestClient client, string method, params object?[] arguments)
    {
        var refusals = 0;
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return (await client.InvokeAsync(method, arguments), refusals);
            }
            catch (HubCallException error) when (error.Code == "SERVICE_UNAVAILABLE")
            {
                refusals++;
            }
            if (deadline.Elapsed > RecoveryBound) throw new TimeoutException($"{method} still refused {RecoveryBound} after the primary died");
            await Task.Delay(100);
        }
    }

    /// <summary>Draws a new stroke every half second until <paramref name="receiver"/> gets one of them live.</summary>
    private static async Task DrawUntilRelayedAsync(HubTestClient drawer, HubTestClient receiver, int firstStrokeId)
    {
        var deadline = Stopwatch.StartNew();
        for (var strokeId = firstStrokeId; ; strokeId++)
        {
            if (receiver.All("Canvas").Any(c => c.GetProperty("strokeId").GetInt32() >= firstStrokeId - 1)) return;
            if (deadline.Elapsed > RecoveryBound) throw new TimeoutException($"{receiver.Name} got no stroke live {RecoveryBound} after the failover");
            await drawer.InvokeAsync("DrawStroke", Stroke(strokeId));
            await Task.Delay(500);
        }
    }

    private static async Task<string> WaitForTurnAsync(IEnumerable<HubTestClient> players, int turnId)
    {
        string? drawer = null;
        foreach (var player in players)
            drawer = (await player.WaitForAsync("TurnStarted", t => TurnOf(t) == turnId, TurnTimeout)).GetProperty("drawerId").GetString();
        return drawer!;
    }

    private static async Task<string> WaitForTurnEndAsync(IEnumerable<HubTestClient> players, int turnId)
    {
        string? reason = null;
        foreach (var player in players)
            reason = (await player.WaitForAsync("TurnEnded", t => TurnOf(t) == turnId, TurnTimeout)).GetProperty("reason").GetString();
        return reason!;
    }
}
