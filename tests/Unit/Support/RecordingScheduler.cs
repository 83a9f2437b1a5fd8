using DrawGuess.Application.Common.Ports;
using MediatR;

namespace DrawGuess.UnitTests.Support;

/// <summary>A scheduler that only remembers what is pending; the test decides when (and how often) a timer fires.</summary>
internal sealed class RecordingScheduler : ICommandScheduler
{
    public Dictionary<string, (DateTimeOffset DueAt, IRequest<Unit> Command)> Pending { get; } = [];

    public Task ScheduleAsync(string key, DateTimeOffset dueAt, IRequest<Unit> command)
    {
        Pending[key] = (dueAt, command);
        return Task.CompletedTask;
    }

    public Task CancelAsync(string key)
    {
        Pending.Remove(key);
        return Task.CompletedTask;
    }

    /// <summary>Takes the timer out as a real scheduler does when it fires, and returns its command.</summary>
    public IRequest<Unit> Take(string key)
    {
        var command = Pending[key].Command;
        Pending.Remove(key);
        return command;
    }
}
