using DrawGuess.Domain.Common;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Fires the shared timers that are due. A claim pushes the timer <see cref="ClaimTimeout"/> into the
/// future and records a claim token instead of deleting it, and only the completed command deletes
/// it, if the claim is still its own: if this instance dies in between, another one fires it again
/// (commands are guarded, so that is harmless). Scheduling a key again drops its claim, so a command
/// that re-schedules its own key (the next deadline of a game) keeps the new entry. A due timer is left
/// to the instance that scheduled it for <see cref="OwnersTurn"/>.
/// </summary>
internal sealed class RedisTimerPoller(
    RedisConnection redis,
    RedisKeys keys,
    ServerInstance instance,
    TimeProvider clock,
    IServiceScopeFactory scopes,
    IOptions<RedisOptions> options,
    ILogger<RedisTimerPoller> logger) : BackgroundService
{
    private static readonly TimeSpan ClaimTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a due timer is left to the instance that scheduled it: that instance holds the room
    /// (a room's players share a pod, ADR 0021), and a timer fired elsewhere would move the room there
    /// and back for nothing. Twenty of the owner's polls; after that any instance fires it, so a dead
    /// owner delays a timer by this much.
    /// </summary>
    internal static readonly TimeSpan OwnersTurn = TimeSpan.FromMilliseconds(500);

    // KEYS: timers, commands, claims, owners. ARGV: now, claim's end, claim token, this instance, owner's turn ends (now - OwnersTurn).
    private const string ClaimScript = """
        local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, 100)
        local claimed = {}
        for i = 1, #due, 2 do
          local key = due[i]
          local owner = redis.call('HGET', KEYS[4], key)
          if not owner or owner == ARGV[4] or tonumber(due[i + 1]) <= tonumber(ARGV[5]) then
            redis.call('ZADD', KEYS[1], ARGV[2], key)
            redis.call('HSET', KEYS[3], key, ARGV[3])
            local command = redis.call('HGET', KEYS[2], key)
            if command then
              table.insert(claimed, key)
              table.insert(claimed, command)
            else
              redis.call('ZREM', KEYS[1], key)
              redis.call('HDEL', KEYS[3], key)
              redis.call('HDEL', KEYS[4], key)
            end
          end
        end
        return claimed
        """;

    private const string CompleteScript = """
        if redis.call('HGET', KEYS[3], ARGV[1]) == ARGV[2] then
          redis.call('ZREM', KEYS[1], ARGV[1])
          redis.call('HDEL', KEYS[2], ARGV[1])
          redis.call('HDEL', KEYS[3], ARGV[1])
          redis.call('HDEL', KEYS[4], ARGV[1])
        end
        return 0
        """;

    private bool _outageLogged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TimerPollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await FireDueAsync();
                if (_outageLogged) logger.LogInformation("Turn timers are firing again");
                _outageLogged = false;
            }
            catch (Exception exception) when (RedisGuard.IsOutage(exception))
            {
                if (!_outageLogged) logger.LogWarning("Turn timers paused: Redis is unreachable ({Reason})", exception.GetType().Name);
                _outageLogged = true;
            }
        }
    }

    private async Task FireDueAsync()
    {
        var now = clock.GetUtcNow();
        var claimToken = Guid.NewGuid().ToString("N");
        var claimed = (RedisResult[])(await redis.Database.ScriptEvaluateAsync(ClaimScript,
            [keys.Timers, keys.TimerCommands, keys.TimerClaims, keys.TimerOwners],
            [now.ToUnixTimeMilliseconds(), (now + ClaimTimeout).ToUnixTimeMilliseconds(), claimToken, instance.Id, (now - OwnersTurn).ToUnixTimeMilliseconds()]))!;
        for (var i = 0; i + 1 < claimed.Length; i += 2)
        {
            var key = (string)claimed[i]!;
            if (RedisCommandScheduler.Read((string)claimed[i + 1]!) is { } command) _ = RunAsync(key, command, claimToken);
            else logger.LogError("Timer {TimerKey} holds an unreadable command; dropped", key);
        }
    }

    /// <summary>A command that failed because Redis went away is retried when its claim runs out; any other failure is final.</summary>
    private async Task RunAsync(string key, IRequest<Unit> command, string claimToken)
    {
        try
        {
            await using (var scope = scopes.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
            }
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            logger.LogWarning("Scheduled {Command} could not run (Redis unreachable); retried when its claim runs out", command.GetType().Name);
            return;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Scheduled {Command} failed", command.GetType().Name);
        }
        try
        {
            await redis.Database.ScriptEvaluateAsync(CompleteScript, [keys.Timers, keys.TimerCommands, keys.TimerClaims, keys.TimerOwners], [key, claimToken]);
        }
        catch (Exception exception) when (RedisGuard.IsOutage(exception))
        {
            logger.LogWarning("Timer {TimerKey} ran but could not be marked done; it may run once more (harmless)", key);
        }
    }

    private static bool IsOutage(Exception exception) =>
        RedisGuard.IsOutage(exception) || exception is GameRuleException { Code: ErrorCodes.ServiceUnavailable };
}
