using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>
/// Rule 4b: module A depends on module B when a type of A, in any layer, uses a type of B (in practice B's Contracts).
/// That graph has no cycle, so every module can be understood, and changed, knowing only the modules below it.
/// </summary>
public static class ModuleGraphRules
{
    public static RuleResult NoCycles(Codebase codebase)
    {
        var types = codebase.Definitions.Where(t => codebase.ModuleOf(t.OuterNamespace()) is not null).ToList();
        var edges = EdgesOf(codebase, types);
        var violations = Cycles(codebase.Modules, edges)
            .Select(cycle => new Violation(
                string.Join(" -> ", cycle.Append(cycle[0])),
                "module cycle: " + string.Join("; ", cycle.Select((from, i) => $"{from} uses {cycle[(i + 1) % cycle.Count]} ({edges[(from, cycle[(i + 1) % cycle.Count])]})"))))
            .ToList();
        return new RuleResult("Modules depend on each other without cycles", types.Count, violations);
    }

    /// <summary>Each module-to-module edge with the first use found, to name in a failure.</summary>
    private static Dictionary<(string From, string To), string> EdgesOf(Codebase codebase, IEnumerable<Mono.Cecil.TypeDefinition> types)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var type in types.OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var from = codebase.ModuleOf(type.OuterNamespace())!;
            foreach (var dependency in codebase.DependenciesOf(type))
            {
                if (codebase.ModuleOf(dependency.To.OuterNamespace()) is { } to && to != from)
                    edges.TryAdd((from, to), $"{type.DisplayName()} uses {dependency.ToFullName}");
            }
        }
        return edges;
    }

    /// <summary>Every elementary cycle once, starting at its first module in <paramref name="modules"/> order.</summary>
    private static List<List<string>> Cycles(IReadOnlyList<string> modules, Dictionary<(string From, string To), string> edges)
    {
        var cycles = new List<List<string>>();
        for (var start = 0; start < modules.Count; start++)
        {
            var allowed = modules.Skip(start).ToHashSet();
            Walk([modules[start]]);

            void Walk(List<string> path)
            {
                foreach (var next in modules.Where(m => allowed.Contains(m) && edges.ContainsKey((path[^1], m))))
                {
                    if (next == path[0]) cycles.Add([.. path]);
                    else if (!path.Contains(next)) Walk([.. path, next]);
                }
            }
        }
        return cycles;
    }
}
