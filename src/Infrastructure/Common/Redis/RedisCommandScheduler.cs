using System.Text.Json;
using DrawGuess.Application.Common.Ports;
using MediatR;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Timers shared by every instance: a sorted set of keys by due time plus each key's command.
/// <see cref="RedisTimerPoller"/> on every instance claims what is due; the commands carry the turn
/// (or seat) they expect, so a timer that fires late or twice does nothing.
/// </summary>
internal sealed class RedisCommandScheduler(RedisConnection redis, RedisKeys keys) : ICommandScheduler
{
    private static readonly System.Reflection.Assembly CommandsAssembly = typeof(Application.DependencyInjection).Assembly;

    public Task ScheduleAsync(string key, DateTimeOffset dueAt, IRequest<Unit> command)
    {
        var stored = Write(command);
        return RedisGuard.Run(() =>
        {
            var batch = redis.Database.CreateTransaction();
            _ = batch.SortedSetAddAsync(keys.Timers, key, dueAt.ToUnixTimeMilliseconds());
            _ = batch.HashSetAsync(keys.TimerCommands, key, stored);
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
            return batch.ExecuteAsync();
        });

    public static string Write(IRequest<Unit> command) =>
        JsonSerializer.Serialize(new StoredCommand(command.GetType().FullName!, JsonSerializer.Serialize(command, command.GetType(), DomainStateJson.RecordOptions)));

    public static IRequest<Unit>? Read(string stored)
    {
        var command = JsonSerializer.Deserialize<StoredCommand>(stored);
        var type = command is null ? null : CommandsAssembly.GetType(command.Type);
        return type is null ? null : JsonSerializer.Deserialize(command!.Body, type, DomainStateJson.RecordOptions) as IRequest<Unit>;
    }

    private sealed record StoredCommand(string Type, string Body);
}
