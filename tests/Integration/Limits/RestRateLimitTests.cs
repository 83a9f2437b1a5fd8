using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Limits;

/// <summary>REST requests per client address (Limits:RestRequestsPerAddressPerMinute): 429 RATE_LIMITED past the limit, for that address only.</summary>
public sealed class RestRateLimitTests : IAsyncLifetime
{
    private const int Limit = 3;
    private readonly DrawGuessServer _server = new() { Settings = { ["Limits:RestRequestsPerAddressPerMinute"] = $"{Limit}" } };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Requests_past_the_limit_answer_429_problem_json_RATE_LIMITED_with_Retry_After_and_another_address_is_unaffected()
    {
        using var ann = _server.CreateClientFrom("198.51.100.40");
        using var bob = _server.CreateClientFrom("198.51.100.41");
        using var metrics = _server.CreateClient();
        await metrics.GetStringAsync("/metrics");
        foreach (var url in new[] { "/api/rooms", "/api/rankings", "/api/status" }) (await ann.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.OK, url);

        using var refused = await ann.GetAsync("/api/games/recent");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("RATE_LIMITED");
        refused.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        (await bob.GetAsync("/api/rooms")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await metrics.GetStringAsync("/metrics")).ShouldContain("drawguess_rate_limit_rejections_total{kind=\"rest\"} 1\n");
    }

    [Fact]
    public async Task Probes_and_scrapes_are_never_limited()
    {
        using var kubelet = _server.CreateClientFrom("198.51.100.42");

        for (var i = 0; i < Limit * 3; i++)
        {
            (await kubelet.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await kubelet.GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await kubelet.GetAsync("/metrics")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Behind_a_proxy_the_forwarded_client_address_is_limited_not_the_proxy()
    {
        await using var proxied = new DrawGuessServer { Settings = { ["Limits:RestRequestsPerAddressPerMinute"] = $"{Limit}", ["ForwardedHeaders_Enabled"] = "true" } };
        const string proxy = "10.0.0.5";
        using var ann = proxied.CreateClientFrom(proxy, forwardedFor: "203.0.113.1");
        using var bob = proxied.CreateClientFrom(proxy, forwardedFor: "203.0.113.2");
        for (var i = 0; i < Limit; i++) (await ann.GetAsync("/api/rooms")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await ann.GetAsync("/api/rooms")).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await bob.GetAsync("/api/rooms")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
