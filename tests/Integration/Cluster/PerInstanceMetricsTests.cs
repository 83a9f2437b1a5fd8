using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;
using static DrawGuess.IntegrationTests.Support.PrometheusText;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// What each instance's /metrics says about itself. The HPA averages drawguess_connected_players over
/// pods and dashboards sum it: when every pod reported the whole deployment's players, the sum
/// counted each player once per pod and the HPA saw the total as every pod's load.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class PerInstanceMetricsTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    [Fact]
    public async Task Each_instance_reports_its_own_connected_players_and_both_report_the_deployments_total()
    {
        var (a, b) = await StartTwoInstancesAsync(redis);
        await SeatAsync(Settings(), (a, "Ann"), (b, "Bob"), (a, "Cid"));

        var onA = await MetricsOfAsync(a);
        var onB = await MetricsOfAsync(b);

        Value(onA, "drawguess_connected_players").ShouldBe(2);
        Value(onB, "drawguess_connected_players").ShouldBe(1);
        Value(onA, "drawguess_cluster_connected_players").ShouldBe(3);
        Value(onB, "drawguess_cluster_connected_players").ShouldBe(3);
        Value(onB, "drawguess_cluster_rooms{status=\"waiting\"}").ShouldBe(1, "the room lives in the shared state, whichever instance created it");
    }

    /// <summary>
    /// A session bound to a new connection (the web app moving to its room's address, a second tab)
    /// leaves its old instance's count at once; closing the old connection later must not count it
    /// again or leave it behind, or every move adds a player to the HPA's metric for good.
    /// </summary>
    [Fact]
    public async Task A_player_who_resumes_on_a_new_connection_is_counted_on_its_instance_only()
    {
        var (a, b) = await StartTwoInstancesAsync(redis);
        var players = await SeatAsync(Settings(), (a, "Ann"), (a, "Bob"));

        await ResumeOnAsync(b, players[1]);
        await players[1].DisposeAsync();
        await ResumeOnAsync(a, players[0]);
        await players[0].DisposeAsync();

        var counts = await EventuallyConnectedPlayersAsync(a, b, expected: (1, 1));
        counts.ShouldBe((1, 1), "Ann's new connection on A and Bob's on B; their first connections are closed");
        Value(await MetricsOfAsync(a), "drawguess_cluster_connected_players").ShouldBe(2);
    }

    /// <summary>
    /// What tells an operator whether the Gateway keeps a room's players on one pod: a room moves to
    /// another instance only when a command for it runs there.
    /// </summary>
    [Fact]
    public async Task An_instance_counts_the_rooms_it_takes_over_from_another()
    {
        var (a, b) = await StartTwoInstancesAsync(redis);
        var players = await SeatAsync(Settings(), (a, "Ann"), (a, "Bob"));
        for (var i = 0; i < 3; i++) await players[1].InvokeAsync("SendMessage", $"hello {i}");
        Value(await MetricsOfAsync(a), "drawguess_room_handovers_total").ShouldBe(0, "every command of the room ran on A");
        Value(await MetricsOfAsync(b), "drawguess_room_handovers_total").ShouldBe(0);

        var code = (await players[0].InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("code").GetString()!;
        var cid = await PlayerAsync(b, "Cid");
        await cid.InvokeAsync("JoinRoom", code);
        await cid.InvokeAsync("SendMessage", "hello from B");
        await players[0].InvokeAsync("SendMessage", "hello from A");

        Value(await MetricsOfAsync(b), "drawguess_room_handovers_total").ShouldBeGreaterThanOrEqualTo(1, "Cid's join took the room from A");
        Value(await MetricsOfAsync(a), "drawguess_room_handovers_total").ShouldBeGreaterThanOrEqualTo(1, "Ann's line took it back");
    }

    /// <summary>Closing a connection is handled after the client's close returns; the counts settle within seconds.</summary>
    private static async Task<(double A, double B)> EventuallyConnectedPlayersAsync(ServerProcess a, ServerProcess b, (double, double) expected)
    {
        (double A, double B) counts = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            counts = (Value(await MetricsOfAsync(a), "drawguess_connected_players"), Value(await MetricsOfAsync(b), "drawguess_connected_players"));
            if (counts == expected) break;
            await Task.Delay(100);
        }
        return counts;
    }

    private static async Task<string> MetricsOfAsync(ServerProcess server)
    {
        using var http = server.CreateHttpClient();
        return await http.GetStringAsync("/metrics");
    }
}
