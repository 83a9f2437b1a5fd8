using DrawGuess.ArchitectureTests.Canaries.Clock.Application.Alpha;
using DrawGuess.ArchitectureTests.Canaries.Clock.Domain.Alpha;
using DrawGuess.ArchitectureTests.Rules;
using DrawGuess.ArchitectureTests.Support;

namespace DrawGuess.ArchitectureTests;

public sealed class ClockAndConsoleTests
{
    [Fact]
    public void Domain_and_Application_read_no_system_clock_and_write_no_console() =>
        ClockAndConsoleRules.NoSystemClockOrConsole(Codebase.Real).ShouldPass();

    [Fact]
    public void Clock_and_console_rule_catches_canaries() =>
        ClockAndConsoleRules.NoSystemClockOrConsole(Codebase.Canaries("Clock")).ShouldReportExactly(
            typeof(ReadsDateTimeNow).Expect("reads DateTime.Now"),
            typeof(ReadsDateTimeUtcNowInLambda).Expect("reads DateTime.UtcNow"),
            typeof(ReadsDateTimeOffsetUtcNow).Expect("reads DateTimeOffset.UtcNow"),
            typeof(ReadsTimeProviderSystem).Expect("reads TimeProvider.System"),
            typeof(WritesConsole).Expect("uses Console"));
}
