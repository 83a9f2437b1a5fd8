using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.ArchitectureTests.Support;
using MediatR;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>Rule 9: a room's state changes only in its unit of work, which locks, loads, saves and dispatches.</summary>
public static class UnitOfWorkRules
{
    private static readonly string CommandHandler = OpenName(typeof(IRoomCommandHandler<,>));
    private static readonly string EventHandler = OpenName(typeof(IRoomEventHandler<>));
    private static readonly string RequestHandler = OpenName(typeof(IRequestHandler<,>));
    private static readonly string RoomCommand = OpenName(typeof(IRoomCommand<>));
    private static readonly string[] SavingMembers = ["AddAsync", "SaveAsync", "SaveCanvasAsync", "RemoveAsync"];

    /// <summary>Room command handlers and event handlers take no lock, save nothing by hand and send nothing through MediatR.</summary>
    public static RuleResult RoomHandlersLeaveTheTransactionToTheUnitOfWork(Codebase codebase)
    {
        var handlers = codebase.DefinitionsIn(Layer.Application).Where(t => t.Implements(CommandHandler) || t.Implements(EventHandler)).ToList();
        return DependencyRule.Check("Room handlers leave locking, saving and dispatching to the unit of work", codebase, handlers, dependency =>
            dependency.ToFullName switch
            {
                var name when name == typeof(IRoomLocks).FullName => "takes the room's lock by hand",
                var name when name == typeof(IMediator).FullName =>
                    "calls through MediatR inside the room's transaction instead of queueing on the unit of work",
                _ when IsRepository(dependency) && SavingMembers.Contains(dependency.Member) =>
                    $"calls {dependency.To.Name}.{dependency.Member} instead of leaving the save to the unit of work",
                _ => null,
            });
    }

    /// <summary>Only the unit of work's behaviour takes a room's lock; any other hand-taken lock bypasses the identity map.</summary>
    public static RuleResult OnlyTheUnitOfWorkLocksRooms(Codebase codebase)
    {
        var types = codebase.DefinitionsIn(Layer.Application).Where(t => !t.Name.StartsWith("RoomUnitOfWorkBehaviour", StringComparison.Ordinal)).ToList();
        return DependencyRule.Check("Only the room unit-of-work behaviour takes a room's lock", codebase, types, dependency =>
            dependency.ToFullName == typeof(IRoomLocks).FullName ? "takes a room's lock outside the unit of work" : null);
    }

    /// <summary>
    /// A request handled by a room command handler is marked as a room command (the behaviour runs only those), and a
    /// room command has no plain MediatR handler (it would run outside the unit of work).
    /// </summary>
    public static RuleResult RoomCommandsAreMarked(Codebase codebase)
    {
        var handlers = codebase.DefinitionsIn(Layer.Application).Where(t => t.Implements(CommandHandler) || t.Implements(RequestHandler)).ToList();
        var violations = new List<Violation>();
        foreach (var handler in handlers)
        {
            foreach (var handled in handler.Interfaces.Select(i => i.InterfaceType).OfType<Mono.Cecil.GenericInstanceType>())
            {
                var request = handled.GenericArguments[0];
                var isRoomCommand = request.Implements(RoomCommand);
                if (handled.OpenFullName() == CommandHandler && !isRoomCommand)
                    violations.Add(new Violation(handler.DisplayName(), $"handles {request.Name} as a room command, but it does not implement IRoomCommand"));
                if (handled.OpenFullName() == RequestHandler && isRoomCommand)
                    violations.Add(new Violation(handler.DisplayName(), $"handles room command {request.Name} outside the unit of work"));
            }
        }
        return new RuleResult("Room commands are marked and handled in the unit of work", handlers.Count, violations);
    }

    private static bool IsRepository(Dependency dependency) =>
        dependency.To.Name.StartsWith('I') && dependency.To.Name.EndsWith("Repository", StringComparison.Ordinal);

    private static string OpenName(Type type) => $"{type.Namespace}.{type.Name}";
}
