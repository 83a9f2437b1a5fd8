using System.Runtime.CompilerServices;

namespace DrawGuess.Domain.Common;

public abstract class AggregateRoot
{
    /// <summary>
    /// Events raised and not yet handled are not the aggregate's state: they are kept beside it, not in a
    /// field, so whatever stores the state never sees them.
    /// </summary>
    private static readonly ConditionalWeakTable<AggregateRoot, List<IDomainEvent>> Pending = [];

    /// <summary>Moves on every change, so a unit of work can tell what to save without being told.</summary>
    public long Version { get; private set; }

    protected void Changed() => Version++;

    protected void Raise(IDomainEvent domainEvent)
    {
        Changed();
        Pending.GetOrCreateValue(this).Add(domainEvent);
    }

    /// <summary>Returns the events raised since the last call and forgets them.</summary>
    public IReadOnlyList<IDomainEvent> DequeueDomainEvents()
    {
        if (!Pending.TryGetValue(this, out var events)) return [];
        Pending.Remove(this);
        return events;
    }
}
