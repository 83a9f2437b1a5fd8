using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests.Rules;

/// <summary>Rule 7: game time comes from an injected TimeProvider (tests drive timers with a fake clock); output goes through ILogger.</summary>
public static class ClockAndConsoleRules
{
    public static RuleResult NoSystemClockOrConsole(Codebase codebase)
    {
        var types = codebase.DefinitionsIn(Layer.Domain).Concat(codebase.DefinitionsIn(Layer.Application)).ToList();
        return DependencyRule.Check("Domain and Application read no system clock and write no Console", codebase, types, dependency =>
            (dependency.ToFullName, dependency.Member) switch
            {
                ("System.DateTime" or "System.DateTimeOffset", "get_Now" or "get_UtcNow" or "get_Today") =>
                    $"reads {dependency.To.Name}.{dependency.Member![4..]} instead of an injected TimeProvider",
                ("System.TimeProvider", "get_System") => "reads TimeProvider.System instead of an injected TimeProvider",
                ("System.Console", _) => "uses Console instead of ILogger<T>",
                _ => null,
            });
    }
}
