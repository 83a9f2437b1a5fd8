using NetArchTest.Rules;

namespace DrawGuess.ArchitectureTests.Support;

/// <summary>
/// Type-level layer rules on NetArchTest: no type of a layer depends on a forbidden namespace (signatures and
/// method bodies). One NetArchTest condition per forbidden set, so each violation says what was used.
/// </summary>
public static class NamespaceDependencyRule
{
    public sealed record Forbidden(string Why, IReadOnlyList<string> Namespaces);

    public static RuleResult Check(string rule, Codebase codebase, Layer layer, IEnumerable<Forbidden> forbidden)
    {
        var layerNamespace = codebase.LayerNamespace(layer);
        PredicateList Selected() => Types.InAssemblies(codebase.Assemblies).That().ResideInNamespace(layerNamespace);
        var violations =
            from set in forbidden
            from failing in Selected().ShouldNot().HaveDependencyOnAny([.. set.Namespaces]).GetResult().FailingTypeNames ?? []
            select new Violation(HandWrittenType(failing), set.Why);
        return new RuleResult(rule, Selected().GetTypes().Count(), violations.Distinct().OrderBy(v => v.Subject).ToList());
    }

    /// <summary>
    /// NetArchTest reports the compiler's nested types (lambdas, async state machines) by their own names
    /// (<c>Outer/&lt;Run&gt;d__0</c>): the violation belongs to the type that was written.
    /// </summary>
    private static string HandWrittenType(string cecilName)
    {
        var segments = cecilName.Split('/');
        var written = segments.TakeWhile(segment => !segment.StartsWith('<'));
        return string.Join('+', written);
    }
}
