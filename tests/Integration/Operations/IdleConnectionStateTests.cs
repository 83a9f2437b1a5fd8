using System.Collections.Concurrent;
using DrawGuess.IntegrationTests.Support;
using DrawGuess.WebApi.Realtime.Limits;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DrawGuess.IntegrationTests.Operations;

/// <summary>
/// What a connected, idle player costs the server is what it keeps per connection (docs/performance.md, "Idle memory"):
/// nothing that served only the first seconds of the connection, and no logger of its own.
/// </summary>
public sealed class IdleConnectionStateTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<HubCallerContext> _connections = new();
    private readonly DrawGuessServer _server = new();

    public IdleConnectionStateTests() =>
        _server.TestServices = services => services.Configure<HubOptions>(options => options.AddFilter(new ConnectionCapture(_connections)));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_registered_connection_keeps_nothing_of_its_registration_deadline()
    {
        await using var player = await _server.PlayerAsync("Ann");

        var connection = _connections.ShouldHaveSingleItem();
        connection.Features.Select(feature => feature.Key).ShouldNotContain(key => key.DeclaringType == typeof(RegistrationDeadline));
    }

    [Fact]
    public void Each_log_category_has_one_logger_however_many_connections_ask_for_it()
    {
        var loggers = _server.Services.GetRequiredService<ILoggerFactory>();

        var category = typeof(HubConnectionContext).FullName!;

        loggers.CreateLogger(category).ShouldBeSameAs(loggers.CreateLogger(category));
    }

    private sealed class ConnectionCapture(ConcurrentQueue<HubCallerContext> connections) : IHubFilter
    {
        public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
        {
            connections.Enqueue(context.Context);
            return next(context);
        }
    }
}
