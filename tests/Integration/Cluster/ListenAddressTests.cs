namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>Where the real server process listens, as a container or a developer starts it.</summary>
public sealed class ListenAddressTests
{
    /// <summary>
    /// The Deployment's ConfigMap sets ASPNETCORE_URLS=http://0.0.0.0:8080 and nothing else: a default
    /// in appsettings.json used to win over it, so in a pod the server listened on loopback only and no
    /// probe could reach it. 127.0.0.2 stands for "an address other than the default" without
    /// exposing the test server beyond this machine.
    /// </summary>
    [Fact]
    public async Task The_server_listens_where_ASPNETCORE_URLS_says()
    {
        await using var server = await ServerProcess.StartAsInContainerAsync("env-urls", "127.0.0.2");
        using var http = server.CreateHttpClient();

        (await http.GetAsync("/health")).IsSuccessStatusCode.ShouldBeTrue();
    }
}
