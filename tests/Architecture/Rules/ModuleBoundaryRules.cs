using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>Rule 4: a module reaches another module only through that module's Application Contracts namespace.</summary>
public static class ModuleBoundaryRules
{
    public static RuleResult Isolation(Codebase codebase)
    {
        var types = codebase.Definitions.Where(t => codebase.ModuleOf(t.OuterNamespace()) is not null).ToList();
        return DependencyRule.Check("Modules use each other only through Contracts", codebase, types, dependency =>
        {
            var own = codebase.ModuleOf(dependency.From.OuterNamespace());
            var targetNamespace = dependency.To.OuterNamespace();
            var other = codebase.ModuleOf(targetNamespace);
            return other is null || other == own || codebase.IsContracts(targetNamespace, other)
                ? null
                : $"module {own} uses module {other} outside {codebase.ContractsNamespace(other)}";
        });
    }
}
