using System.Text.Json;
using DrawGuess.Application.Common.Ports;
using MediatR;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Timers shared by every instance: a sorted set of keys by due time plus each key's command and the
/// instance that scheduled it, which is the one holding the room then (commands run under its lease).
/// <see cref="RedisTimerPoller"/> on every instance claims what is due, also after a restart, leaving a
/// timer to its owner for <see cref="RedisTimerPoller.OwnersTurn"/>; the commands check the turn (or seat)
/// they expect and its deadline, so a timer that fires early, late or twice does only what is due.
/// </summary>
internal sealed class RedisCommandScheduler(RedisConnection redis, RedisKeys keys, ServerInstance instance) : ICommandScheduler
{
    private static readonly System.Reflection.Assembly CommandsAssembly = typeof(Application.DependencyInjection).Assembly;

    public Task ScheduleAsync(string key, DateTimeOffset dueAt, IRequest<Unit> command)
    {
        var stored = Write(command);
        return RedisGuard.Run(() =>
        {
            var batch = redis.Database.CreateTransaction();
            _ = batch.SortedSetAddAsync(keys.Timers, key, DueScore(dueAt));
            _ = batch.HashSetAsync(keys.TimerCommands, key, stored);
            _ = batch.HashSetAsync(keys.TimerOwners, key, instance.Id);
            _ = batch.HashDeleteAsync(keys.TimerClaims, key);
            return batch.ExecuteAsync();
        });
    }

    public Task CancelAsync(string key) =>
        RedisGuard.Run(() =>
        {
            var batch = redis.Database.CreateTransaction();
            _ = batch.SortedSetRemoveAsync(keys.Timers, key);
            _ = batch.HashDeleteAsync(keys.TimerCommands, key);
            _ = batch.HashDeleteAsync(keys.TimerClaims, key);
            _ = batch.HashDeleteAsync(keys.TimerOwners, key);
            return batch.ExecuteAsync();
        });

    /// <summary>
    /// The due time in whole milliseconds, rounded up: the poller claims what is due at its own time in
    /// whole milliseconds, so a timer is never claimed before its due time by the claiming instance's clock.
    /// </summary>
    public static long DueScore(DateTimeOffset dueAt)
    {
        var milliseconds = dueAt.ToUnixTimeMilliseconds();
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) < dueAt ? milliseconds + 1 : milliseconds;
    }

    public static string Write(IRequest<Unit> command) =>
        JsonSerializer.Serialize(new StoredCommand(command.GetType().FullName!, JsonSerializer.Serialize(command, command.GetType(), TimerCommandJson.Options)));

    public static IRequest<Unit>? Read(string stored)
    {
        var command = JsonSerializer.Deserialize<StoredCommand>(stored);
        var type = command is null ? null : CommandsAssembly.GetType(command.Type);
        return type is null ? null : JsonSerializer.Deserialize(command!.Body, type, TimerCommandJson.Options) as IRequest<Unit>;
    }

    private sealed record StoredCommand(string Type, string Body);
}
