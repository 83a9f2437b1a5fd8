using System.Reflection;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>
/// Who is connected has one source, the room's members (docs/decisions/0017-one-source-of-presence.md): a game reads
/// it through <c>IPresence</c>, so a copy kept in step by events cannot come back.
/// </summary>
public static class PresenceRules
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// The types of <paramref name="module"/>'s domain declare no member (field, property, method) about a player's
    /// connection: none whose name says connected (any case: DisconnectedAt too). Its released snapshots (<c>.Snapshots</c>) keep their stored shape.
    /// </summary>
    public static RuleResult DomainHoldsNoConnectionState(Codebase codebase, string module)
    {
        var moduleNamespace = $"{codebase.LayerNamespace(Layer.Domain)}.{module}";
        var types = codebase.Types
            .Where(t => t.Namespace is { } ns && (ns == moduleNamespace || ns.StartsWith(moduleNamespace + ".", StringComparison.Ordinal))
                && !ns.EndsWith(".Snapshots", StringComparison.Ordinal))
            .ToList();
        var violations = types
            .SelectMany(type => type.GetMembers(Declared)
                .Where(member => member.Name.Contains("connected", StringComparison.OrdinalIgnoreCase))
                .Select(member => new Violation(type.FullName!, $"keeps connection state: {member.MemberType.ToString().ToLowerInvariant()} {member.Name}")))
            .DistinctBy(v => v.ToString())
            .ToList();
        return new RuleResult($"The {module} domain keeps no copy of who is connected", types.Count, violations);
    }
}
