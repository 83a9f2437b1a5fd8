using DrawGuess.ArchitectureTests.Canaries.Events.Application.Alpha.Contracts;
using DrawGuess.ArchitectureTests.Canaries.Events.Application.Alpha.Events;
using DrawGuess.ArchitectureTests.Canaries.Events.Application.Common;
using DrawGuess.ArchitectureTests.Canaries.Events.Domain.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Events.Domain.Alpha.Events;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class EventNamingTests
{
    private static Codebase Canaries => Codebase.Canaries("Events");

    [Fact]
    public void Domain_events_are_sealed_records_named_DomainEvent_implementing_IDomainEvent() =>
        EventNamingRules.DomainEvents(Codebase.Real).ShouldPass();

    [Fact]
    public void Integration_events_are_named_IntegrationEvent_in_a_Contracts_namespace() =>
        EventNamingRules.IntegrationEvents(Codebase.Real).ShouldPass();

    [Fact]
    public void Domain_event_rule_catches_canaries() =>
        EventNamingRules.DomainEvents(Canaries).ShouldReportExactly(
            Expected.Type<ThingHappened>("is not named …DomainEvent"),
            Expected.Type<OpenDomainEvent>("is not sealed"),
            Expected.Type<UnmarkedDomainEvent>("does not implement"),
            Expected.Type<MutableDomainEvent>("is mutable: property Id"),
            Expected.Type<StrayDomainEvent>("expected DrawGuess.ArchitectureTests.Canaries.Events.Domain.Alpha.Events"));

    [Fact]
    public void Integration_event_rule_catches_canaries() =>
        EventNamingRules.IntegrationEvents(Canaries).ShouldReportExactly(
            Expected.Type<ThingNoticed>("is not named …IntegrationEvent"),
            Expected.Type<UnmarkedIntegrationEvent>("does not implement MediatR.INotification"),
            Expected.Type<OpenIntegrationEvent>("is not sealed"),
            Expected.Type<StrayIntegrationEvent>("lives in DrawGuess.ArchitectureTests.Canaries.Events.Application.Alpha.Events"),
            Expected.Type<MisplacedIntegrationEvent>("lives in DrawGuess.ArchitectureTests.Canaries.Events.Application.Common"));
}
