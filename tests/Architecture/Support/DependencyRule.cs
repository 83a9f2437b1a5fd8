namespace DrawGuess.ArchitectureTests.Support;

public static class DependencyRule
{
    /// <summary>
    /// Walks every dependency of <paramref name="types"/>; <paramref name="problem"/> returns why a dependency is
    /// not allowed, or null. One violation per (type, problem, target), listing every place it occurs.
    /// </summary>
    public static RuleResult Check(string rule, Codebase codebase, IReadOnlyCollection<Mono.Cecil.TypeDefinition> types,
        Func<Dependency, string?> problem)
    {
        var violations =
            from type in types
            from dependency in codebase.DependenciesOf(type)
            let why = problem(dependency)
            where why is not null
            group dependency.Where by (Type: type.DisplayName(), Why: why, Target: dependency.ToFullName) into found
            orderby found.Key.Type, found.Key.Target
            select new Violation(found.Key.Type, $"{found.Key.Why}: {found.Key.Target} ({Places(found.Distinct().ToList())})");
        return new RuleResult(rule, types.Count, violations.ToList());
    }

    private const int PlacesShown = 8;

    private static string Places(IReadOnlyList<string> places) =>
        string.Join("; ", places.Take(PlacesShown)) + (places.Count > PlacesShown ? $"; +{places.Count - PlacesShown} more" : string.Empty);
}
