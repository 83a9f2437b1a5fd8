namespace DrawGuess.WebApi.Status;

/// <summary>Recent HTTP request durations for /api/status: the last 1,024 requests of the last minute.</summary>
internal sealed class HttpActivity(TimeProvider clock)
{
    private const int Capacity = 1024;
    private readonly (DateTimeOffset At, double Milliseconds)[] _recent = new (DateTimeOffset, double)[Capacity];
    private int _next;

    public void Record(double milliseconds)
    {
        lock (_recent)
        {
            _recent[_next] = (clock.GetUtcNow(), milliseconds);
            _next = (_next + 1) % Capacity;
        }
    }

    public (int RequestsLastMinute, double P50Ms, double P99Ms) Summary()
    {
        var since = clock.GetUtcNow().AddMinutes(-1);
        double[] durations;
        lock (_recent) durations = _recent.Where(r => r.At > since).Select(r => r.Milliseconds).Order().ToArray();
        if (durations.Length == 0) return (0, 0, 0);
        return (durations.Length, Percentile(durations, 0.5), Percentile(durations, 0.99));
    }

    private static double Percentile(double[] sorted, double p) => Math.Round(sorted[(int)Math.Ceiling(p * sorted.Length) - 1], 2);
}
