namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// On SIGTERM, before SignalR drops this instance's connections, tells every client to reconnect
/// (docs/operations.md, "Graceful shutdown"). Registered when the host has started, so its stopping
/// callback runs before the ones SignalR registered while starting (they run last-registered first).
/// </summary>
internal sealed class GracefulShutdown(GameHubConnections connections, IHostApplicationLifetime lifetime, ILogger<GracefulShutdown> logger) : IHostedService
{
    /// <summary>The Close frames are tiny; a client that cannot take one this fast is dropped like the rest.</summary>
    private static readonly TimeSpan TellClientsTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Clients hang up as soon as they read the Close message; this only bounds a slow one.</summary>
    private static readonly TimeSpan ClientsLeaveTimeout = TimeSpan.FromSeconds(3);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() => lifetime.ApplicationStopping.Register(TellClientsToReconnect));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void TellClientsToReconnect()
    {
        logger.LogInformation("Shutting down: telling connected clients to reconnect");
        using var timeout = new CancellationTokenSource(TellClientsTimeout);
        // Stopping callbacks are synchronous; SignalR closes the connections in the next one.
        connections.AskAllToReconnectAsync(timeout.Token).GetAwaiter().GetResult();
        using var drain = new CancellationTokenSource(ClientsLeaveTimeout);
        connections.WaitForClientsToLeaveAsync(drain.Token).GetAwaiter().GetResult();
    }
}
