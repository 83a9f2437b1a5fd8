using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.ArchitectureTests.Support;
using FluentValidation;
using MediatR;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>
/// Rule 5: requests, their handlers, validators and notification handlers follow the use-case folder layout:
/// Application/{Module}/Commands/{UseCase}/{UseCase}Command (+ …CommandHandler, …CommandValidator), Queries alike;
/// requests offered to other modules live in Application/{Module}/Contracts with their handlers still in the use-case folder.
/// </summary>
public static class RequestConventionRules
{
    public static RuleResult Requests(Codebase codebase)
    {
        var requests = RequestTypes(codebase);
        var handlers = RequestHandlers(codebase);
        var violations = new List<Violation>();
        foreach (var request in requests)
        {
            var problems = new List<string>();
            var handledBy = handlers.Where(h => h.Request == request).Select(h => h.Handler.Name).ToList();
            if (handledBy.Count != 1) problems.Add($"has {handledBy.Count} handlers ({string.Join(", ", handledBy)}), needs exactly one");
            if (!request.IsVisible) problems.Add("is not public");
            if (!request.IsSealed) problems.Add("is not sealed");
            if (!request.IsRecord()) problems.Add("is not a record");
            problems.AddRange(request.MutableMembers().Select(m => $"is mutable: {m}"));
            if (Kind(request) is not { } kind) problems.Add("is not named …Command or …Query");
            else if (!IsContracts(codebase, request) && request.Namespace != UseCaseNamespace(codebase, request, kind))
                problems.Add($"lives in {request.Namespace}, expected {UseCaseNamespace(codebase, request, kind) ?? "a module's use-case folder"} or its module's Contracts");
            violations.AddRange(problems.Select(p => new Violation(request.FullName!, p)));
        }
        return new RuleResult("Requests are public sealed immutable records with one handler, in their use-case folder or Contracts", requests.Count, violations);
    }

    public static RuleResult Handlers(Codebase codebase)
    {
        var handlers = RequestHandlers(codebase);
        var violations = new List<Violation>();
        foreach (var (handler, request) in handlers)
        {
            var problems = InternalSealedNamed(handler, request.Name + "Handler").ToList();
            if (Kind(request) is { } kind && UseCaseNamespace(codebase, request, kind) is { } expected && handler.Namespace != expected)
                problems.Add($"lives in {handler.Namespace}, expected {expected}");
            violations.AddRange(problems.Select(p => new Violation(handler.FullName!, p)));
        }
        return new RuleResult("Request handlers are internal sealed {Request}Handler in the request's use-case folder", handlers.Count, violations);
    }

    public static RuleResult Validators(Codebase codebase)
    {
        var validators = Implementations(codebase, typeof(IValidator<>));
        var violations = validators
            .SelectMany(v => InternalSealedNamed(v.Type, v.Argument.Name + "Validator").Select(p => new Violation(v.Type.FullName!, p)))
            .ToList();
        return new RuleResult("Validators are internal sealed {Validated}Validator", validators.Count, violations);
    }

    /// <summary>Reactions to domain and integration events, run by a room's unit of work.</summary>
    public static RuleResult EventHandlers(Codebase codebase)
    {
        var handlers = Implementations(codebase, typeof(IRoomEventHandler<>));
        var violations = handlers
            .SelectMany(h => InternalSealedNamed(h.Type, h.Argument.Name + "Handler").Select(p => new Violation(h.Type.FullName!, p)))
            .Distinct()
            .ToList();
        return new RuleResult("Event handlers are internal sealed {Event}Handler", handlers.Count, violations);
    }

    private static List<Type> RequestTypes(Codebase codebase) =>
        codebase.Types.Where(t => !t.IsInterface && t.ClosedInterfaces(typeof(IRequest<>)).Count > 0).ToList();

    /// <summary>MediatR's handlers and the room commands' handlers, which the room unit-of-work behaviour runs.</summary>
    private static List<(Type Handler, Type Request)> RequestHandlers(Codebase codebase) =>
        Implementations(codebase, typeof(IRequestHandler<,>)).Concat(Implementations(codebase, typeof(IRoomCommandHandler<,>)))
            .Select(i => (i.Type, i.Argument)).ToList();

    /// <summary>Concrete classes implementing the open interface, with its first type argument; generic ones (behaviours) are left out.</summary>
    private static List<(Type Type, Type Argument)> Implementations(Codebase codebase, Type openInterface) =>
        codebase.Types.Where(t => t.IsConcreteClass())
            .SelectMany(t => t.ClosedInterfaces(openInterface).Select(i => (t, i.GetGenericArguments()[0])))
            .ToList();

    private static IEnumerable<string> InternalSealedNamed(Type type, string expectedName)
    {
        if (!type.IsInternal()) yield return "is not internal";
        if (!type.IsSealed) yield return "is not sealed";
        if (type.Name != expectedName) yield return $"is not named {expectedName}";
    }

    private static string? Kind(Type request) =>
        request.Name.EndsWith("Command", StringComparison.Ordinal) ? "Command"
        : request.Name.EndsWith("Query", StringComparison.Ordinal) ? "Query"
        : null;

    /// <summary>{Root}.Application.{Module}.Commands.{UseCase} for {UseCase}Command; null when the request is in no module.</summary>
    private static string? UseCaseNamespace(Codebase codebase, Type request, string kind)
    {
        var module = codebase.ModuleOf(request.Namespace ?? string.Empty);
        var folder = kind == "Command" ? "Commands" : "Queries";
        return module is null ? null : $"{codebase.LayerNamespace(Layer.Application)}.{module}.{folder}.{request.Name[..^kind.Length]}";
    }

    private static bool IsContracts(Codebase codebase, Type request) =>
        codebase.ModuleOf(request.Namespace ?? string.Empty) is { } module && codebase.IsContracts(request.Namespace!, module);
}
