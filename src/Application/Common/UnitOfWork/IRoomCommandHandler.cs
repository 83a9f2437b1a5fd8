namespace DrawGuess.Application.Common.UnitOfWork;

/// <summary>A room command's rule: it reads and changes the room's state through <paramref name="room"/>, which saves it.</summary>
public interface IRoomCommandHandler<in TCommand, TResponse>
{
    Task<TResponse> Handle(TCommand command, IRoomUnitOfWork room, CancellationToken cancellationToken);
}

/// <summary>
/// A reaction to a domain event or an integration event of the same room, run after the command that raised it, in
/// the same unit of work: it sees the state as the command left it and may change it further.
/// </summary>
public interface IRoomEventHandler<in TEvent>
{
    Task Handle(TEvent e, IRoomUnitOfWork room, CancellationToken cancellationToken);
}
