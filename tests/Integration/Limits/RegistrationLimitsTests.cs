using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Limits;

/// <summary>
/// New identities per client address (Limits:RegistrationsPerAddressPerMinute, RATE_LIMITED) and the
/// deadline to identify (Limits:RegistrationTimeout, a Close message with REGISTRATION_TIMEOUT).
/// </summary>
public sealed class RegistrationLimitsTests : IAsyncLifetime
{
    private const string Address = "198.51.100.20";
    private readonly DrawGuessServer _server = new() { Settings = { ["Limits:RegistrationsPerAddressPerMinute"] = "3" } };
    private readonly List<HubTestClient> _clients = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await new Tidy(_clients).DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Registrations_beyond_the_limit_are_rate_limited_per_address_and_refill_over_the_minute()
    {
        for (var i = 0; i < 3; i++) await (await Connect(Address)).RegisterAsync($"P{i}");

        await (await Connect(Address)).ShouldFailWithAsync("RATE_LIMITED", "Register", "P3");
        await (await Connect("198.51.100.21")).RegisterAsync("Elsewhere");

        _server.Clock.Advance(TimeSpan.FromSeconds(19));
        await (await Connect(Address)).ShouldFailWithAsync("RATE_LIMITED", "Register", "P3");
        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        var fourth = await Connect(Address);
        await fourth.RegisterAsync("P3");
        await fourth.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task A_name_refused_as_invalid_is_not_counted_so_the_player_can_correct_it()
    {
        var player = await Connect(Address);
        for (var i = 0; i < 5; i++) await player.ShouldFailWithAsync("VALIDATION_FAILED", "Register", "");

        await player.RegisterAsync("Ann");
        for (var i = 1; i < 3; i++) await (await Connect(Address)).RegisterAsync($"P{i}");
        await (await Connect(Address)).ShouldFailWithAsync("RATE_LIMITED", "Register", "P3");
    }

    [Fact]
    public async Task Resuming_is_not_counted_as_a_new_identity()
    {
        var players = new List<HubTestClient>();
        for (var i = 0; i < 3; i++)
        {
            var player = await Connect(Address);
            await player.RegisterAsync($"P{i}");
            players.Add(player);
        }

        foreach (var player in players)
        {
            var again = await Connect(Address);
            (await again.ResumeAsync(player.ResumeToken)).GetProperty("playerId").GetString().ShouldBe(player.PlayerId);
        }
    }

    [Fact]
    public async Task A_connection_that_never_registers_is_closed_with_a_reason_after_the_timeout()
    {
        var idle = await Connect(Address);
        var registered = await Connect(Address);
        var resumed = await Connect(Address);
        var refused = await Connect(Address);
        await registered.RegisterAsync("Ann");
        await resumed.ResumeAsync(registered.ResumeToken);
        await refused.ShouldFailWithAsync("VALIDATION_FAILED", "Register", "");

        _server.Clock.Advance(TimeSpan.FromSeconds(9));
        await idle.ShouldFailWithAsync("NOT_REGISTERED", "GetSnapshot");
        _server.Clock.Advance(TimeSpan.FromSeconds(1));

        foreach (var (client, who) in new[] { (idle, "a connection that never called Register"), (refused, "a connection whose Register was refused") })
        {
            var closed = await client.Closed.WaitAsync(HubTestClient.DefaultWait);
            closed.CloseMessage.ShouldBeTrue(who);
            closed.AllowReconnect.ShouldBeFalse(who);
            closed.Error.ShouldNotBeNull(who).ShouldContain("HubException: REGISTRATION_TIMEOUT: ", customMessage: who);
            await BadInputKit.EventuallyAsync(() => !client.IsOpen, $"{who} is closed");
        }
        await resumed.ShouldStillWorkAsync();
        _server.Clock.Advance(TimeSpan.FromMinutes(5));
        await resumed.ShouldStillWorkAsync();
    }

    private async Task<HubTestClient> Connect(string address)
    {
        var client = await _server.ConnectAsync(address);
        _clients.Add(client);
        return client;
    }
}
