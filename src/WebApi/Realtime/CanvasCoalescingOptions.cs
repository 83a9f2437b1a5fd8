namespace DrawGuess.WebApi.Realtime;

/// <summary>When a busy server sends several of a room's canvas operations in one <c>CanvasBatch</c> (<see cref="CanvasCoalescer"/>).</summary>
public sealed class CanvasCoalescingOptions
{
    public const string Section = "Realtime:CanvasCoalescing";

    /// <summary>While busy, a room's operations leave at most once per window; zero sends each at once, always.</summary>
    public TimeSpan Window { get; set; } = TimeSpan.FromMilliseconds(70);

    /// <summary>
    /// Work items waiting in the thread pool, over the last 200 ms, from which the server is busy; it is not once
    /// they are under a quarter of this. Zero: always busy.
    /// </summary>
    public int BusyQueueLength { get; set; } = 100;
}
