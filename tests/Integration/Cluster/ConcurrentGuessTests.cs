using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Cluster.ClusterChecks;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>A full room split across two instances, where every guesser gets the word at the same moment.</summary>
[Collection(RedisCollection.Name)]
public sealed class ConcurrentGuessTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    private const int FullRoom = 12;

    [Fact]
    public async Task Eleven_simultaneous_correct_guesses_through_two_instances_each_score_once_in_one_order_seen_by_all()
    {
        var (a, b) = await StartTwoInstancesAsync(redis);
        var seats = Enumerable.Range(1, FullRoom).Select(i => (i % 2 == 1 ? a : b, $"Player{i}")).ToArray();
        var players = await SeatAsync(Settings(maxPlayers: FullRoom), seats);
        var drawer = players[0];
        var guessers = players.Skip(1).ToArray();
        await drawer.InvokeAsync("StartGame");
        foreach (var player in players) await player.WaitForAsync("TurnStarted", t => TurnOf(t) == 1);
        var word = await GameTable.ChooseFirstWordAsync(drawer, 1);
        foreach (var player in players) await player.WaitForAsync("DrawingStarted", d => TurnOf(d) == 1);

        var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var guesses = guessers.Select(async guesser =>
        {
            await go.Task;
            await guesser.InvokeAsync("SendMessage", word);
        }).ToArray();
        go.SetResult();
        await Task.WhenAll(guesses);

        var ended = await drawer.WaitForAsync("TurnEnded", t => TurnOf(t) == 1, TimeSpan.FromSeconds(DrawingSeconds + 30));
        foreach (var player in players) await player.WaitForAsync("TurnEnded", t => TurnOf(t) == 1);
        await Task.Delay(SettleTime);

        ended.GetProperty("reason").GetString().ShouldBe("allGuessed");
        var order = GuessOrder(drawer, 1);
        order.Select(g => g.Order).ShouldBe(Enumerable.Range(1, FullRoom - 1), "positions 1..11, each once, in the order they were announced");
        order.Select(g => g.PlayerId).ShouldBe(guessers.Select(g => g.PlayerId), ignoreOrder: true);
        foreach (var player in players) GuessOrder(player, 1).ShouldBe(order, $"{player.Name} saw another order");

        var points = ended.GetProperty("turnPoints").EnumerateArray()
            .ToDictionary(p => p.GetProperty("playerId").GetString()!, p => p.GetProperty("points").GetInt32());
        foreach (var guesser in guessers)
        {
            var mine = guesser.All("YouGuessed").Where(g => TurnOf(g) == 1).ShouldHaveSingleItem();
            mine.GetProperty("points").GetInt32().ShouldBe(points[guesser.PlayerId]);
        }
        // README "How scoring works": 50 + floor(250 × (D − t) / D) for speed, plus max(0, 60 − 10 × order).
        // Guessers later in the order guessed no earlier, so their speed part can only be smaller or equal.
        var speedParts = order.Select(g => points[g.PlayerId] - Math.Max(0, 60 - 10 * g.Order)).ToArray();
        speedParts.ShouldAllBe(speed => speed >= 50 && speed <= 300);
        speedParts.ShouldBeInOrder(SortDirection.Descending);
        points[drawer.PlayerId].ShouldBe(200, "all 11 of 11 guessed: floor(200 × 11 / 11)");
        foreach (var player in players) EachEventArrivedOnce(player);
    }
}
