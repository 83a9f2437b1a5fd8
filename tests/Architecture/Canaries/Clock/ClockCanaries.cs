// Under Canaries.Clock: the Reads*/Writes* types read the system clock or write to Console from Domain or
// Application; the others must pass (Infrastructure may read the clock).
namespace DrawGuess.ArchitectureTests.Canaries.Clock.Domain.Alpha
{
    public static class ReadsDateTimeNow
    {
        public static DateTime Run() => DateTime.Now;
    }

    public static class ReadsDateTimeUtcNowInLambda
    {
        public static Func<DateTime> Run() => () => DateTime.UtcNow;
    }

    public static class DoesDateArithmetic
    {
        public static DateTime Run(DateTime start) => start.AddDays(1) > DateTime.MinValue ? start : DateTime.MaxValue;
    }

    /// <summary>A member called Now on our own type is not the system clock.</summary>
    public sealed class OwnClock
    {
        public DateTime Now => DateTime.MinValue;
    }

    public static class UsesOwnClock
    {
        public static DateTime Run(OwnClock clock) => clock.Now;
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Clock.Application.Alpha
{
    public static class ReadsDateTimeOffsetUtcNow
    {
        public static DateTimeOffset Run() => DateTimeOffset.UtcNow;
    }

    public static class ReadsTimeProviderSystem
    {
        public static DateTimeOffset Run() => TimeProvider.System.GetUtcNow();
    }

    public static class WritesConsole
    {
        public static void Run() => Console.WriteLine("debug");
    }

    public sealed class UsesInjectedClock(TimeProvider clock)
    {
        public DateTimeOffset Run() => clock.GetUtcNow();
    }
}

namespace DrawGuess.ArchitectureTests.Canaries.Clock.Infrastructure.Alpha
{
    public static class InfrastructureClock
    {
        public static DateTime Run() => DateTime.UtcNow;
    }
}
