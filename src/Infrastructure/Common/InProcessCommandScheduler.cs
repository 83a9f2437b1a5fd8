using DrawGuess.Application.Common.Ports;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Common;

/// <summary>Timers on <see cref="TimeProvider"/> (a fake clock in tests) that send their command in a fresh scope.</summary>
internal sealed class InProcessCommandScheduler(TimeProvider clock, IServiceScopeFactory scopes, ILogger<InProcessCommandScheduler> logger)
    : ICommandScheduler, IDisposable
{
    private readonly Dictionary<string, ITimer> _timers = [];

    public Task ScheduleAsync(string key, DateTimeOffset dueAt, IRequest<Unit> command)
    {
        var delay = dueAt - clock.GetUtcNow();
        if (delay < TimeSpan.Zero) delay = TimeSpan.Zero;
        lock (_timers)
        {
            if (_timers.Remove(key, out var previous)) previous.Dispose();
            ITimer? timer = null;
            timer = clock.CreateTimer(_ => Fire(key, timer!, command), null, delay, Timeout.InfiniteTimeSpan);
            _timers[key] = timer;
        }
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

    private void Fire(string key, ITimer timer, IRequest<Unit> command)
    {
        lock (_timers)
        {
            if (_timers.TryGetValue(key, out var current) && ReferenceEquals(current, timer)) _timers.Remove(key);
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
