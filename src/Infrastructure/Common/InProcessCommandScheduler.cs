using DrawGuess.Application.Common.Ports;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Common;

/// <summary>
/// Timers on <see cref="TimeProvider"/> (a fake clock in tests) that send their command in a fresh scope,
/// never before its due time by that clock, and not at all once replaced or cancelled.
/// </summary>
internal sealed class InProcessCommandScheduler(TimeProvider clock, IServiceScopeFactory scopes, ILogger<InProcessCommandScheduler> logger)
    : ICommandScheduler, IDisposable
{
    private readonly Dictionary<string, ITimer> _timers = [];

    public Task ScheduleAsync(string key, DateTimeOffset dueAt, IRequest<Unit> command)
    {
        lock (_timers) Arm(key, dueAt, command);
        return Task.CompletedTask;
    }

    public Task CancelAsync(string key)
    {
        lock (_timers)
        {
            if (_timers.Remove(key, out var timer)) timer.Dispose();
        }
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_timers)
        {
            foreach (var timer in _timers.Values) timer.Dispose();
            _timers.Clear();
        }
    }

    /// <summary>Call with the lock held.</summary>
    private void Arm(string key, DateTimeOffset dueAt, IRequest<Unit> command)
    {
        if (_timers.Remove(key, out var previous)) previous.Dispose();
        ITimer? timer = null;
        timer = clock.CreateTimer(_ => Fire(key, timer!, dueAt, command), null, DelayUntil(dueAt), Timeout.InfiniteTimeSpan);
        _timers[key] = timer;
    }

    /// <summary>
    /// System timers count whole milliseconds (truncated) on a monotonic clock, not on the wall clock the
    /// due time was computed from: rounded up, and checked again when they fire.
    /// </summary>
    private TimeSpan DelayUntil(DateTimeOffset dueAt)
    {
        var delay = dueAt - clock.GetUtcNow();
        return delay <= TimeSpan.Zero ? TimeSpan.Zero : TimeSpan.FromMilliseconds(Math.Ceiling(delay.TotalMilliseconds));
    }

    private void Fire(string key, ITimer timer, DateTimeOffset dueAt, IRequest<Unit> command)
    {
        lock (_timers)
        {
            // Replaced or cancelled while this callback was on its way.
            if (!_timers.TryGetValue(key, out var current) || !ReferenceEquals(current, timer)) return;
            if (clock.GetUtcNow() < dueAt)
            {
                Arm(key, dueAt, command);
                return;
            }
            _timers.Remove(key);
            timer.Dispose();
        }
        _ = SendAsync(command);
    }

    private async Task SendAsync(IRequest<Unit> command)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Scheduled {Command} failed", command.GetType().Name);
        }
    }
}
