using DrawGuess.ArchitectureTests.Support;

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
        string[] internals = [$"{codebase.LayerNamespace(Layer.Application)}.{owner}.Sessions", $"{codebase.LayerNamespace(Layer.Infrastructure)}.{owner}"];
        var layerRoots = Enum.GetValues<Layer>().Select(codebase.LayerNamespace).ToHashSet();
        var types = codebase.Definitions
            .Where(t => codebase.ModuleOf(t.OuterNamespace()) != owner && !layerRoots.Contains(t.OuterNamespace()))
            .ToList();
        return DependencyRule.Check($"Only {owner} touches sessions", codebase, types, dependency =>
            internals.Any(i => Codebase.IsSameOrBelow(dependency.To.OuterNamespace(), i))
                ? $"touches {owner}'s sessions outside {codebase.ContractsNamespace(owner)}"
                : null);
    }
}
