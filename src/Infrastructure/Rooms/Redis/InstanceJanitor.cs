using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.DisconnectPlayer;
using DrawGuess.Infrastructure.Common.Redis;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Rooms.Redis;

/// <summary>
/// Keeps this instance's heartbeat in Redis, and disconnects the players of an instance whose
/// heartbeat ran out (killed, out of memory, node lost): their sockets are gone, so their seats must
/// start the same countdown a closed connection starts, or they would hold up turns forever.
/// </summary>
internal sealed class InstanceJanitor(
    RedisConnection redis,
    RedisKeys keys,
    ServerInstance instance,
    IOrphanedConnections orphans,
    IServiceScopeFactory scopes,
    ILogger<InstanceJanitor> logger) : BackgroundService
{
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan PresumedDeadAfter = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Heartbeat);
        do
        {
            try
            {
                await BeatAsync();
                await DisconnectDeadInstancesAsync();
            }
            catch (Exception exception) when (RedisGuard.IsOutage(exception))
            {
                // Redis is away: the heartbeat resumes with it, and nothing can be cleaned up meanwhile.
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        try
        {
            await redis.Database.KeyDeleteAsync(keys.InstanceAlive(instance.Id));
            await redis.Database.SetRemoveAsync(keys.Instances, instance.Id);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception) || exception is ObjectDisposedException)
        {
            // Redis is away, or the host already disposed the connection: the heartbeat runs out by itself.
        }
    }

    private async Task BeatAsync()
    {
        var batch = redis.Database.CreateBatch();
        var alive = batch.StringSetAsync(keys.InstanceAlive(instance.Id), DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), PresumedDeadAfter);
        var listed = batch.SetAddAsync(keys.Instances, instance.Id);
        batch.Execute();
        await Task.WhenAll(alive, listed);
    }

    private async Task DisconnectDeadInstancesAsync()
    {
        foreach (var other in await redis.Database.SetMembersAsync(keys.Instances))
        {
            var id = (string)other!;
            if (id == instance.Id || await redis.Database.KeyExistsAsync(keys.InstanceAlive(id))) continue;
            // Players hands each connection to one instance only; one that got none reports the death only if it took the instance off the list.
            var connections = await orphans.ClaimAsync(id);
            var forgotten = await redis.Database.SetRemoveAsync(keys.Instances, id);
            if (connections.Count == 0 && !forgotten) continue;
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
