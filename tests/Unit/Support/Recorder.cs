using DrawGuess.Application.Common.UnitOfWork;

namespace DrawGuess.UnitTests.Support;

/// <summary>Records the events a unit of work dispatches.</summary>
internal sealed class Recorder<TEvent>(List<TEvent> received) : IRoomEventHandler<TEvent>
{
    public Task Handle(TEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken)
    {
        received.Add(e);
        return Task.CompletedTask;
    }
}
