using System.Net.Http.Json;
using System.Text.Json;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>The real server process started as the image starts it: from its own folder, configured by environment variables.</summary>
public sealed class ContainerStartTests
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

    /// <summary>The image is built without .git, so the assembly cannot know the commit: the image's ENV carries it.</summary>
    [Fact]
    public async Task The_status_reports_the_version_the_image_was_built_with()
    {
        await using var server = await ServerProcess.StartAsInContainerAsync("image-version", "127.0.0.1",
            new Dictionary<string, string> { ["DRAWGUESS_VERSION"] = "0.42.0-abc1234" });
        using var http = server.CreateHttpClient();

        var status = await http.GetFromJsonAsync<JsonElement>("/api/status");

        status.GetProperty("version").GetString().ShouldBe("0.42.0-abc1234");
    }
}
