using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.DisconnectPlayer;
using DrawGuess.Infrastructure.Common.Redis;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Rooms.Redis;

/// <summary>
/// Keeps this instance's heartbeat in Redis, and disconnects the players of an instance whose
/// heartbeat ran out (killed, out of memory, node lost): their sockets are gone, so their seats must
/// start the same countdown a closed connection starts, or they would hold up turns forever. A beat
/// that ran out while Redis was away from this instance too says nothing: after a failover every
/// instance's beats fail for seconds, and the one that reconnects first would disconnect the others'
/// players. So an instance looks for dead ones only once its own beats have gone through for
/// <see cref="PresumedDeadAfter"/> without a break, which gives every live one time to beat again.
/// </summary>
internal sealed class InstanceJanitor(
    ServerInstance instance,
    IOrphanedConnections orphans,
    IServiceScopeFactory scopes,
    TimeProvider clock,
    ILogger<InstanceJanitor> logger) : BackgroundService
{
    internal static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(2);
    internal static readonly TimeSpan PresumedDeadAfter = TimeSpan.FromSeconds(10);
    private DateTimeOffset? _beatingSince;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Heartbeat, clock);
        do await TickAsync();
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One heartbeat, then, with Redis reachable long enough, the dead instances' players.</summary>
    internal async Task TickAsync()
    {
        try
        {
            await orphans.BeatAsync(instance.Id, PresumedDeadAfter);
            _beatingSince ??= clock.GetUtcNow();
            if (clock.GetUtcNow() - _beatingSince >= PresumedDeadAfter) await DisconnectDeadInstancesAsync();
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception))
        {
            // Redis is away: the heartbeat resumes with it, and nothing can be cleaned up meanwhile.
            _beatingSince = null;
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await orphans.ForgetAsync(instance.Id);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException or OperationCanceledException)
        {
            // Redis is away, or the host already closed the connection (its pending commands are cancelled): the
            // heartbeat runs out by itself.
        }
    }

    private async Task DisconnectDeadInstancesAsync()
    {
        foreach (var id in await orphans.SilentInstancesAsync(instance.Id))
        {
            if (await orphans.ClaimAsync(id) is not { } connections) continue;
            logger.LogWarning("Instance {InstanceId} stopped without shutting down; disconnecting its {ConnectionCount} connections", id, connections.Count);
            foreach (var connectionId in connections) await DisconnectAsync(connectionId);
        }
    }

    private async Task DisconnectAsync(string connectionId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new DisconnectPlayerCommand(connectionId));
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Could not disconnect {ConnectionId} of a dead instance", connectionId);
        }
    }
}
