using DrawGuess.ArchitectureTests.Support;
using MediatR;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>Rule 8: domain events and integration events say what they are, and sit where readers look for them.</summary>
public static class EventNamingRules
{
    /// <summary>Types implementing IDomainEvent or named …DomainEvent: sealed immutable records, both at once, in {Root}.Domain.{Module}.Events.</summary>
    public static RuleResult DomainEvents(Codebase codebase)
    {
        var marker = $"{codebase.LayerNamespace(Layer.Domain)}.Common.IDomainEvent";
        var events = codebase.Types
            .Where(t => !t.IsInterface && (t.GetInterfaces().Any(i => i.FullName == marker) || t.Name.EndsWith("DomainEvent", StringComparison.Ordinal)))
            .ToList();
        var violations = new List<Violation>();
        foreach (var domainEvent in events)
        {
            var problems = new List<string>();
            if (!domainEvent.GetInterfaces().Any(i => i.FullName == marker)) problems.Add($"does not implement {marker}");
            if (!domainEvent.Name.EndsWith("DomainEvent", StringComparison.Ordinal)) problems.Add("is not named …DomainEvent");
            problems.AddRange(SealedImmutableRecord(domainEvent));
            var module = codebase.ModuleOf(domainEvent.Namespace ?? string.Empty);
            var expected = $"{codebase.LayerNamespace(Layer.Domain)}.{module ?? "{Module}"}.Events";
            if (domainEvent.Namespace != expected) problems.Add($"lives in {domainEvent.Namespace}, expected {expected}");
            violations.AddRange(problems.Select(p => new Violation(domainEvent.FullName!, p)));
        }
        return new RuleResult("Domain events are sealed records named …DomainEvent implementing IDomainEvent in {Module}.Events", events.Count, violations);
    }

    /// <summary>
    /// Types implementing INotification or named …IntegrationEvent: public sealed immutable records, both at once, in a
    /// {Root}.Application.{Module}.Contracts namespace or the application's SharedKernel. Notifications only ever cross modules here (domain events are not
    /// MediatR notifications), so every notification is an integration event.
    /// </summary>
    public static RuleResult IntegrationEvents(Codebase codebase)
    {
        var events = codebase.Types
            .Where(t => !t.IsInterface && (typeof(INotification).IsAssignableFrom(t) || t.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal)))
            .ToList();
        var violations = new List<Violation>();
        foreach (var integrationEvent in events)
        {
            var problems = new List<string>();
            if (!typeof(INotification).IsAssignableFrom(integrationEvent)) problems.Add("does not implement MediatR.INotification");
            if (!integrationEvent.Name.EndsWith("IntegrationEvent", StringComparison.Ordinal)) problems.Add("is not named …IntegrationEvent");
            if (!integrationEvent.IsVisible) problems.Add("is not public");
            problems.AddRange(SealedImmutableRecord(integrationEvent));
            var @namespace = integrationEvent.Namespace ?? string.Empty;
            if (!codebase.IsSharedKernel(@namespace) && (codebase.ModuleOf(@namespace) is not { } module || !codebase.IsContracts(@namespace, module)))
                problems.Add($"lives in {@namespace}, expected a {codebase.LayerNamespace(Layer.Application)}.{{Module}}.Contracts namespace or the SharedKernel");
            violations.AddRange(problems.Select(p => new Violation(integrationEvent.FullName!, p)));
        }
        return new RuleResult("Integration events are public sealed records named …IntegrationEvent in {Module}.Contracts or the SharedKernel", events.Count, violations);
    }

    private static IEnumerable<string> SealedImmutableRecord(Type type)
    {
        if (!type.IsSealed) yield return "is not sealed";
        if (!type.IsRecord()) yield return "is not a record";
        foreach (var member in type.MutableMembers()) yield return $"is mutable: {member}";
    }
}
