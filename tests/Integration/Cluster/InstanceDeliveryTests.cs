using System.Collections.Concurrent;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// A message for players connected to another instance crosses Redis once per instance, not once per player
/// (ADR 0020), and each of them still receives it in the protocol their connection speaks.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class InstanceDeliveryTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    /// <summary>Long enough for a second, unwanted publish to show up after the first; no timing is asserted.</summary>
    private static readonly TimeSpan SettleTime = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task A_stroke_for_three_guessers_on_another_instance_is_published_once_to_that_instance()
    {
        var prefix = RedisServer.UniqueKeyPrefix();
        var a = await StartServerAsync("A", ServerProcess.OnRedis(redis.ConnectionString, prefix));
        var b = await StartServerAsync("B", ServerProcess.OnRedis(redis.ConnectionString, prefix));
        var players = await SeatAsync(Settings(hints: 0), (a, "Ann"), (b, "Bob"), (b, "Cid"), (b, "Dee"));
        var (ann, guessers) = (players[0], players.Skip(1).ToArray());
        await ann.InvokeAsync("StartGame");
        await GameTable.ChooseFirstWordAsync(ann, 1);
        await ann.InvokeAsync("DrawStroke", Stroke(1));
        foreach (var guesser in guessers) await guesser.WaitForAsync("Canvas", c => StrokeId(c) == 1);

        await using var listener = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        var published = new ConcurrentQueue<string>();
        await listener.GetSubscriber().SubscribeAsync(RedisChannel.Pattern(prefix + "*"), (channel, _) => published.Enqueue(channel.ToString()));
        await ann.InvokeAsync("DrawStroke", Stroke(2));
        foreach (var guesser in guessers) await guesser.WaitForAsync("Canvas", c => StrokeId(c) == 2);
        await Task.Delay(SettleTime);

        published.Count.ShouldBe(1, $"published: {string.Join(", ", published)}");
        published.Single().ShouldStartWith(prefix + "instance:");
    }

    [Fact]
    public async Task Guessers_on_another_instance_receive_the_stroke_in_the_protocol_each_speaks()
    {
        var (a, b) = await StartTwoInstancesAsync(redis);
        var ann = await PlayerAsync(a, "Ann");
        var bob = await PlayerAsync(b, "Bob");
        var cid = await PlayerAsync(b, "Cid", HubWireProtocol.MessagePack);
        var code = (await ann.InvokeAsync("CreateRoom", Settings(hints: 0))).GetProperty("room").GetProperty("code").GetString()!;
        await bob.InvokeAsync("JoinRoom", code);
        await cid.InvokeAsync("JoinRoom", code);
        await ann.InvokeAsync("StartGame");
        await GameTable.ChooseFirstWordAsync(ann, 1);

        await ann.InvokeAsync("DrawStroke", Stroke(1));

        foreach (var guesser in new[] { bob, cid })
        {
            var stroke = await guesser.WaitForAsync("Canvas", c => StrokeId(c) == 1);
            stroke.GetProperty("points").EnumerateArray().Select(p => p.GetInt32()).ShouldBe([10, 10, 20, 20]);
            stroke.GetProperty("color").GetInt32().ShouldBe(3);
        }
    }

    private static int StrokeId(JsonElement canvas) => canvas.GetProperty("strokeId").GetInt32();

    private static object Stroke(int strokeId) => new { strokeId, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } };
}
