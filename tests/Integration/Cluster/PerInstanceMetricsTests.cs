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

    private static async Task<string> MetricsOfAsync(ServerProcess server)
    {
        using var http = server.CreateHttpClient();
        return await http.GetStringAsync("/metrics");
    }
}
