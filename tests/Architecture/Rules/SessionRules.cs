using DrawGuess.ArchitectureTests.Support;
using Mono.Cecil;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>
/// Rule 4c: sessions (identities, resume tokens, which connection speaks for a player) are the
/// <paramref name="owner"/> module's alone. Its session store and adapters (<c>Application.{owner}.Sessions</c>,
/// <c>Infrastructure.{owner}</c>) are used by no other type (other modules, Common, SharedKernel, WebApi), only
/// by the composition roots (a layer's root namespace); everyone else goes through <c>{owner}.Contracts</c>.
/// </summary>
public static class SessionRules
{
    public static RuleResult OnlyTheOwnerTouchesSessions(Codebase codebase, string owner)
    {
        var internals = Internals(codebase, owner);
        return DependencyRule.Check($"Only {owner} touches sessions", codebase, Outsiders(codebase, owner), dependency =>
            internals.Any(i => Codebase.IsSameOrBelow(dependency.To.OuterNamespace(), i))
                ? $"touches {owner}'s sessions outside {codebase.ContractsNamespace(owner)}"
                : null);
    }

    /// <summary>
    /// Rule 4d: the keys of the shared <paramref name="keyRegistry"/> (every Redis key, RedisKeys) that the owner's
    /// session adapters use are the owner's stored sessions: no outsider reads them either, with no type of the
    /// owner's in sight (Rooms' instance janitor once read a dead instance's connections that way).
    /// </summary>
    public static RuleResult OnlyTheOwnerUsesItsSessionKeys(Codebase codebase, string owner, string keyRegistry)
    {
        var internals = Internals(codebase, owner);
        var ownersKeys = codebase.Definitions
            .Where(t => internals.Any(i => Codebase.IsSameOrBelow(t.OuterNamespace(), i)))
            .SelectMany(codebase.DependenciesOf)
            .Where(d => d.ToFullName == keyRegistry && d.Member is not null)
            .Select(d => d.Member!)
            .ToHashSet();
        var result = DependencyRule.Check($"Only {owner} uses its session keys", codebase,
            Outsiders(codebase, owner).Where(t => t.FullName != keyRegistry).ToList(), dependency =>
                dependency.ToFullName == keyRegistry && dependency.Member is { } key && ownersKeys.Contains(key)
                    ? $"uses {owner}'s session key {key.Replace("get_", string.Empty)} instead of {codebase.ContractsNamespace(owner)}"
                    : null);
        // With no key found, the rule could never fail: the adapters moved, or the registry was renamed.
        return ownersKeys.Count > 0 ? result
            : result with { Violations = [new Violation(keyRegistry, $"{owner}'s session adapters use none of its keys")] };
    }

    private static string[] Internals(Codebase codebase, string owner) =>
        [$"{codebase.LayerNamespace(Layer.Application)}.{owner}.Sessions", $"{codebase.LayerNamespace(Layer.Infrastructure)}.{owner}"];

    /// <summary>Types outside the owner module and the composition roots.</summary>
    private static List<TypeDefinition> Outsiders(Codebase codebase, string owner)
    {
        var layerRoots = Enum.GetValues<Layer>().Select(codebase.LayerNamespace).ToHashSet();
        return codebase.Definitions
            .Where(t => codebase.ModuleOf(t.OuterNamespace()) != owner && !layerRoots.Contains(t.OuterNamespace()))
            .ToList();
    }
}
