using MediatR;

namespace DrawGuess.Application.Common.Ports;

/// <summary>
/// Sends a command later, not before <c>dueAt</c> by the clock of the instance that sends it. Scheduling
/// again with the same key replaces the earlier one. A command can still arrive late, twice (an instance
/// died while running it) or before its deadline by another instance's clock, so each command checks the
/// state it expects and, when it finds its deadline not yet reached, schedules itself again.
/// </summary>
public interface ICommandScheduler
{
    Task ScheduleAsync(string key, DateTimeOffset dueAt, IRequest<Unit> command);

    Task CancelAsync(string key);
}
