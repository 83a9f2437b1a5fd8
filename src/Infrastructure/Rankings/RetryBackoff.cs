namespace DrawGuess.Infrastructure.Rankings;

/// <summary>How long to wait before retrying the rankings database: 2 s, doubling to at most 30 s.</summary>
internal static class RetryBackoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(2);
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(30);

    public static TimeSpan After(TimeSpan previous) => TimeSpan.FromTicks(Math.Min(previous.Ticks * 2, Longest.Ticks));
}
