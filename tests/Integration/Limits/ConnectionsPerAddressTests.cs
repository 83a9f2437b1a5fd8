using System.Net;
using Microsoft.AspNetCore.Http;
using System.Text.Json;
using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Limits;

/// <summary>
/// One client address holds at most Limits:ConnectionsPerAddress hub connections; the next is refused with
/// HTTP 429 and TOO_MANY_CONNECTIONS before any WebSocket opens, and other addresses are not affected.
/// </summary>
public sealed class ConnectionsPerAddressTests : IAsyncLifetime
{
    private const string Crowded = "198.51.100.7";
    private readonly DrawGuessServer _server = new() { Settings = { ["Limits:ConnectionsPerAddress"] = "3" } };
    private readonly List<HubTestClient> _clients = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await new Tidy(_clients).DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task The_connection_over_the_limit_is_refused_with_a_reason_and_other_addresses_still_connect()
    {
        for (var i = 0; i < 3; i++)
        {
            _clients.Add(await _server.ConnectAsync(Crowded));
            await _clients[^1].RegisterAsync($"P{i}");
        }

        var refused = await Should.ThrowAsync<InvalidOperationException>(() => _server.ConnectAsync(Crowded));
        refused.Message.ShouldContain("429");
        await ShouldBeRefusedAsync(await Negotiate(Crowded));

        var elsewhere = await _server.ConnectAsync("198.51.100.8");
        _clients.Add(elsewhere);
        await elsewhere.RegisterAsync("Bea");
        foreach (var client in _clients) await client.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task A_closed_connection_frees_its_place()
    {
        for (var i = 0; i < 3; i++) _clients.Add(await _server.ConnectAsync(Crowded));

        await _clients[0].DisposeAsync();
        _clients.RemoveAt(0);

        HubTestClient? again = null;
        await BadInputKit.EventuallyAsync(() =>
        {
            try
            {
                again = _server.ConnectAsync(Crowded).GetAwaiter().GetResult();
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }, "the server notices the close and admits a new connection from that address");
        _clients.Add(again!);
        await again!.RegisterAsync("Ann");
    }

    [Fact]
    public async Task Behind_a_proxy_with_forwarded_headers_enabled_each_forwarded_client_address_has_its_own_limit()
    {
        await using var proxied = new DrawGuessServer { Settings = { ["Limits:ConnectionsPerAddress"] = "2", ["ForwardedHeaders_Enabled"] = "true" } };
        var connections = new List<HubTestClient>();
        await using var tidy = new Tidy(connections);
        const string proxy = "10.0.0.5";

        for (var i = 0; i < 2; i++) connections.Add(await proxied.ConnectAsync(proxy, forwardedFor: "203.0.113.1"));
        await Should.ThrowAsync<InvalidOperationException>(() => proxied.ConnectAsync(proxy, forwardedFor: "203.0.113.1"));
        for (var i = 0; i < 2; i++) connections.Add(await proxied.ConnectAsync(proxy, forwardedFor: "203.0.113.2"));

        connections.Count.ShouldBe(4, "four players behind one proxy address, two from each client address");
    }

    /// <summary>SignalR's negotiate request from <paramref name="address"/> (TestServer's HttpClient has no client address).</summary>
    private async Task<HttpContext> Negotiate(string address) =>
        await _server.Server.SendAsync(request =>
        {
            request.Request.Method = "POST";
            request.Request.Path = "/hubs/game/negotiate";
            request.Request.QueryString = new QueryString("?negotiateVersion=1");
            request.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });

    private static async Task ShouldBeRefusedAsync(HttpContext answer)
    {
        answer.Response.StatusCode.ShouldBe(StatusCodes.Status429TooManyRequests);
        answer.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        using var problem = await JsonDocument.ParseAsync(answer.Response.Body);
        problem.RootElement.GetProperty("code").GetString().ShouldBe("TOO_MANY_CONNECTIONS");
        problem.RootElement.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }
}
