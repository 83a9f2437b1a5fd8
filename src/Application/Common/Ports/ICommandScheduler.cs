using MediatR;

namespace DrawGuess.Application.Common.Ports;

/// <summary>Sends a command later. Scheduling again with the same key replaces the earlier one.</summary>
public interface ICommandScheduler
{
    Task ScheduleAsync(string key, DateTimeOffset dueAt, IRequest<Unit> command);

    Task CancelAsync(string key);
}
