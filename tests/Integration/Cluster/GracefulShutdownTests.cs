using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>SIGTERM, as Kubernetes stops a pod (docs/operations.md, "Graceful shutdown").</summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output) : RealServersTest(output)
{
    /// <summary>gitops/base/deployment.yaml: 60 s grace period, of which the preStop hook sleeps 15 s before SIGTERM.</summary>
    public static readonly TimeSpan GraceAfterPreStop = TimeSpan.FromSeconds(45);

    [Fact]
    public async Task On_SIGTERM_connected_players_are_told_to_reconnect_and_the_process_exits_cleanly()
    {
        var server = await StartServerAsync("A");
        var players = await SeatAsync(Settings(), (server, "Ann"), (server, "Bob"));

        var exitCode = await server.TerminateAsync(within: GraceAfterPreStop);

        exitCode.ShouldBe(0);
        foreach (var player in players)
        {
            var close = await player.Closed.WaitAsync(HubTestClient.DefaultWait);
            close.CloseMessage.ShouldBeTrue($"{player.Name} got no Close message");
            close.AllowReconnect.ShouldBeTrue();
        }
    }
}
