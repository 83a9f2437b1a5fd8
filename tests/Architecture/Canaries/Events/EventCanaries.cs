// Under Canaries.Events: ThingDone* events are well-formed; every other event breaks one naming/placement rule.
using DrawGuess.ArchitectureTests.Canaries.Events.Domain.Common;
using MediatR;

namespace DrawGuess.ArchitectureTests.Canaries.Events.Domain.Common
{
    public interface IDomainEvent;
}

namespace DrawGuess.ArchitectureTests.Canaries.Events.Domain.Alpha.Events
{
    public sealed record ThingDoneDomainEvent(int Id) : IDomainEvent;

    public sealed record ThingHappened(int Id) : IDomainEvent;

    public record OpenDomainEvent(int Id) : IDomainEvent;

    public sealed record UnmarkedDomainEvent(int Id);

    public sealed record MutableDomainEvent : IDomainEvent
    {
        public int Id { get; set; }
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Events.Domain.Alpha
{
    public sealed record StrayDomainEvent(int Id) : IDomainEvent;
}

namespace DrawGuess.ArchitectureTests.Canaries.Events.Application.Alpha.Contracts
{
    public sealed record ThingDoneIntegrationEvent(int Id) : INotification;

    public sealed record ThingNoticed(int Id) : INotification;

    public sealed record UnmarkedIntegrationEvent(int Id);

    public record OpenIntegrationEvent(int Id) : INotification;
}

namespace DrawGuess.ArchitectureTests.Canaries.Events.Application.Alpha.Events
{
    public sealed record StrayIntegrationEvent(int Id) : INotification;
}

namespace DrawGuess.ArchitectureTests.Canaries.Events.Application.SharedKernel
{
    /// <summary>Published language every module may hear: well-formed outside any module's Contracts.</summary>
    public sealed record SharedThingIntegrationEvent(int Id) : INotification;
}

namespace DrawGuess.ArchitectureTests.Canaries.Events.Application.Common
{
    public sealed record MisplacedIntegrationEvent(int Id) : INotification;
}
