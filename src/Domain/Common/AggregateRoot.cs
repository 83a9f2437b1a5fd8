namespace DrawGuess.Domain.Common;

public abstract class AggregateRoot
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <summary>Returns the events raised since the last call and forgets them.</summary>
    public IReadOnlyList<IDomainEvent> DequeueDomainEvents()
    {
        if (_domainEvents.Count == 0) return [];
        var events = _domainEvents.ToArray();
        _domainEvents.Clear();
        return events;
    }
}
