using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>Rules 1-3: what each layer may reference, as assemblies (Cecil reads the references) and type by type (NetArchTest).</summary>
public static class LayerRules
{
    private static readonly PackageSet[] ForbiddenInDomain =
        [Packages.DataAccess, Packages.Redis, Packages.Serilog, Packages.AspNetCore, Packages.MediatR, Packages.FluentValidation];

    private static readonly PackageSet[] ForbiddenInApplication =
        [Packages.DataAccess, Packages.Redis, Packages.Serilog, Packages.AspNetCore];

    private static readonly string[] ApplicationMayUse =
        ["DrawGuess.Domain", "MediatR", "FluentValidation", "FluentValidation.DependencyInjectionExtensions", "Microsoft.Extensions.Options",
            "Microsoft.Extensions.Primitives"];

    public static RuleResult DomainReferences(DeclaredReferences references) =>
        CheckReferences("Domain references only the base class library", references,
            name => Packages.IsBcl(name) ? null : "is a project or package; Domain may use only the .NET base class library");

    public static RuleResult DomainTypes(Codebase codebase) =>
        CheckTypes("Domain types use no outer layer and no infrastructure package", codebase, Layer.Domain,
            [Layer.Application, Layer.Infrastructure, Layer.WebApi], ForbiddenInDomain);

    public static RuleResult ApplicationReferences(DeclaredReferences references) =>
        CheckReferences("Application references only Domain, MediatR, FluentValidation, Microsoft.Extensions abstractions and the BCL",
            references, name => IsAllowedInApplication(name) ? null : "is not allowed in Application");

    public static RuleResult ApplicationTypes(Codebase codebase) =>
        CheckTypes("Application types use no outer layer and no EF Core, Redis, Serilog or ASP.NET Core", codebase,
            Layer.Application, [Layer.Infrastructure, Layer.WebApi], ForbiddenInApplication);

    public static RuleResult InfrastructureReferences(DeclaredReferences references) =>
        CheckReferences("Infrastructure references neither WebApi nor SignalR", references,
            name => name == "DrawGuess.WebApi" ? "is the WebApi project"
                : Packages.SignalR.Contains(name) ? "is SignalR"
                : null);

    public static RuleResult InfrastructureTypes(Codebase codebase) =>
        CheckTypes("Infrastructure types use neither WebApi nor SignalR", codebase, Layer.Infrastructure,
            [Layer.WebApi], [Packages.SignalR]);

    /// <summary>Over every other layer: EF Core, the database providers and Redis belong to Infrastructure alone.</summary>
    public static RuleResult DataAccessOnlyInInfrastructure(Codebase codebase)
    {
        var results = new[] { Layer.Domain, Layer.Application, Layer.WebApi }
            .Select(layer => NamespaceDependencyRule.Check("Only Infrastructure uses EF Core and Redis", codebase, layer,
                new[] { Packages.DataAccess, Packages.Redis }.Select(p => new NamespaceDependencyRule.Forbidden($"{layer} type uses {p}", p.Namespaces))))
            .ToList();
        return new RuleResult(results[0].Rule, results.Sum(r => r.Checked), [.. results.SelectMany(r => r.Violations)]);
    }

    private static bool IsAllowedInApplication(string name) =>
        Packages.IsBcl(name)
        || ApplicationMayUse.Contains(name)
        || (name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && name.EndsWith(".Abstractions", StringComparison.Ordinal));

    private static RuleResult CheckReferences(string rule, DeclaredReferences references, Func<string, string?> problem) =>
        new(rule, Checked: 1, references.AssemblyNames
            .Select(name => (name, why: problem(name)))
            .Where(found => found.why is not null)
            .Select(found => new Violation(references.Source, $"references {found.name}, which {found.why}"))
            .ToList());

    private static RuleResult CheckTypes(string rule, Codebase codebase, Layer layer, Layer[] forbiddenLayers, PackageSet[] forbiddenPackages) =>
        NamespaceDependencyRule.Check(rule, codebase, layer,
            forbiddenLayers.Select(target => new NamespaceDependencyRule.Forbidden($"{layer} uses the {target} layer", [codebase.LayerNamespace(target)]))
                .Concat(forbiddenPackages.Select(package => new NamespaceDependencyRule.Forbidden($"{layer} uses {package}", package.Namespaces))));
}
