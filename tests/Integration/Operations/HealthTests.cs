using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.Application.Common.Ports;
using DrawGuess.IntegrationTests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Operations;

/// <summary>What a load balancer and Kubernetes read from /health and /health/ready while a dependency is down or hangs.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_required_dependency_that_hangs_makes_readiness_503_Unhealthy_after_its_timeout_and_liveness_stays_200()
    {
        using var http = WithProbe(new HangingProbe("stuck", requiredForPlay: true)).CreateClient();

        using var ready = await http.GetAsync("/health/ready");
        using var live = await http.GetAsync("/health");

        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        var readiness = await ready.Content.ReadFromJsonAsync<JsonElement>();
        readiness.GetProperty("status").GetString().ShouldBe("Unhealthy");
        var stuck = readiness.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "stuck");
        stuck.GetProperty("state").GetString().ShouldBe("down");
        stuck.GetProperty("requiredForPlay").GetBoolean().ShouldBeTrue();
        live.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await live.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString().ShouldBe("Healthy");
        _server.Logs.Lines.Where(line => line.StartsWith("Error", StringComparison.Ordinal)).ShouldBeEmpty("an outage is reported by readiness and one Warning when it starts, not an Error per probe");
    }

    [Fact]
    public async Task An_optional_dependency_down_leaves_the_instance_ready_but_Degraded()
    {
        using var http = WithProbe(new HangingProbe("archive", requiredForPlay: false)).CreateClient();

        using var ready = await http.GetAsync("/health/ready");

        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        var readiness = await ready.Content.ReadFromJsonAsync<JsonElement>();
        readiness.GetProperty("status").GetString().ShouldBe("Degraded");
        var archive = readiness.GetProperty("dependencies").EnumerateArray().Single(d => d.GetProperty("name").GetString() == "archive");
        archive.GetProperty("state").GetString().ShouldBe("down");
        archive.GetProperty("requiredForPlay").GetBoolean().ShouldBeFalse();
        (await http.GetStringAsync("/metrics")).ShouldContain("drawguess_ready 1");
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithProbe(IDependencyProbe probe) =>
        _server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(probe)));

    /// <summary>Answers only when its timeout cancels it, as a dependency that accepts a connection and never replies.</summary>
    private sealed class HangingProbe(string name, bool requiredForPlay) : IDependencyProbe
    {
        public string Name => name;

        public bool RequiredForPlay => requiredForPlay;

        public async Task<DependencyStatus> ProbeAsync(CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        }
    }
}
