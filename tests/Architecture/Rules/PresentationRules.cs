using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DrawGuess.ArchitectureTests.Support;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>Rule 6: the hub and the REST endpoints only turn calls into MediatR requests.</summary>
public static partial class PresentationRules
{
    private static readonly string[] MediatRSending = ["MediatR.IMediator", "MediatR.ISender", "MediatR.Unit", "MediatR.IRequest", "MediatR.IRequest`1", "MediatR.IBaseRequest"];

    public static RuleResult HubAndEndpointDependencies(Codebase codebase)
    {
        var webApi = codebase.LayerNamespace(Layer.WebApi);
        var types = codebase.DefinitionsIn(Layer.WebApi)
            .Where(t => Codebase.IsSameOrBelow(t.OuterNamespace(), $"{webApi}.Endpoints") || t.FullName == HubName(codebase))
            .ToList();
        types.ShouldContain(t => t.FullName == HubName(codebase), $"{HubName(codebase)} not found");
        return DependencyRule.Check("The hub and endpoints use only MediatR sending, Application requests/DTOs/Contracts, the BCL and ASP.NET Core",
            codebase, types, dependency => Problem(codebase, dependency.To));
    }

    /// <summary>GameHub is sealed, derives from Hub&lt;IGameClient&gt;, and each public method sends through IMediator.</summary>
    public static RuleResult HubShape(Codebase codebase)
    {
        const string rule = "GameHub is a sealed Hub<IGameClient> whose methods send through IMediator";
        var hub = codebase.Definitions.SingleOrDefault(t => t.FullName == HubName(codebase));
        if (hub is null) return new RuleResult(rule, 0, []);

        var violations = new List<Violation>();
        void Report(string problem) => violations.Add(new Violation(hub.DisplayName(), problem));

        if (!hub.IsSealed) Report("is not sealed");
        var client = $"{codebase.LayerNamespace(Layer.WebApi)}.Realtime.IGameClient";
        if (hub.BaseType is not GenericInstanceType { ElementType.FullName: "Microsoft.AspNetCore.SignalR.Hub`1" } baseType
            || baseType.GenericArguments[0].FullName != client)
            Report($"derives from {hub.BaseType?.DisplayName()} instead of Hub<{client}>");

        var hubMethods = hub.Methods.Where(m => m is { IsPublic: true, IsStatic: false, IsConstructor: false, IsSpecialName: false }).ToList();
        foreach (var method in hubMethods.Where(m => !SendsThroughMediator(m)))
            Report($"hub method {method.Name} does not call IMediator.Send");
        return new RuleResult(rule, hubMethods.Count, violations);
    }

    private static string HubName(Codebase codebase) => $"{codebase.LayerNamespace(Layer.WebApi)}.Realtime.GameHub";

    private static string? Problem(Codebase codebase, TypeReference target)
    {
        var assembly = target.AssemblyName();
        if (Packages.Redis.Contains(assembly)) return "uses Redis";
        if (Packages.DataAccess.Contains(assembly)) return "uses EF Core or a database provider";
        switch (codebase.LayerOf(target))
        {
            case Layer.WebApi:
                return null;
            case Layer.Infrastructure:
                return "uses an Infrastructure type";
            case Layer.Domain:
                return Codebase.IsSameOrBelow(target.OuterNamespace(), $"{codebase.LayerNamespace(Layer.Domain)}.SharedKernel")
                    ? null
                    : "uses a Domain type (only SharedKernel ids may reach the transport)";
            case Layer.Application:
                return ApplicationProblem(codebase, target);
        }
        if (Packages.MediatR.Contains(assembly))
            return MediatRSending.Contains(target.FullName) ? null : "uses MediatR beyond IMediator.Send";
        if (Packages.IsBcl(assembly) || Packages.AspNetCore.Contains(assembly) || assembly.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            return null;
        return $"uses {assembly}, which is none of BCL, ASP.NET Core, MediatR sending, Application requests/DTOs";
    }

    private static string? ApplicationProblem(Codebase codebase, TypeReference target)
    {
        if (RepositoryOrStore().IsMatch(target.Name)) return "uses a repository/store port";
        var @namespace = target.OuterNamespace();
        if (codebase.ModuleOf(@namespace) is { } module && codebase.IsContracts(@namespace, module)) return null;
        if (target.Name.EndsWith("Dto", StringComparison.Ordinal) || @namespace.Split('.').Contains("Dtos")) return null;
        if (target.Implements("MediatR.IRequest`1")) return null;
        return "uses an Application type that is not a request, DTO or Contracts type";
    }

    [GeneratedRegex(@"^I[A-Z]\w*(Repository|Store)(`\d+)?$")]
    private static partial Regex RepositoryOrStore();

    private static bool SendsThroughMediator(MethodDefinition method) =>
        BodiesOf(method).SelectMany(body => body.Instructions).Any(instruction =>
            instruction.Operand is MethodReference { Name: "Send" } called
            && called.DeclaringType.OpenFullName() is "MediatR.IMediator" or "MediatR.ISender");

    /// <summary>The method's own body and, for async/iterator methods, the state machine's methods that hold the real code.</summary>
    private static IEnumerable<MethodBody> BodiesOf(MethodDefinition method)
    {
        if (method.HasBody) yield return method.Body;
        var stateMachine = method.CustomAttributes
            .FirstOrDefault(a => a.AttributeType.FullName == typeof(AsyncStateMachineAttribute).FullName
                                 || a.AttributeType.FullName == typeof(IteratorStateMachineAttribute).FullName)?
            .ConstructorArguments[0].Value as TypeReference;
        foreach (var generated in stateMachine?.Resolve()?.Methods.Where(m => m.HasBody) ?? [])
            yield return generated.Body;
    }
}
