namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// Connections of other instances that missed a message: it was published to their instance's channel while that
/// instance was not subscribed (after a failover or an outage of Redis, each instance subscribes again on its own
/// time, and a message published before it has is gone). The next message that reaches the instance is followed by
/// <c>Resync</c> to them, and their clients read the room again (docs/protocol.md). At most <see cref="Capacity"/> are
/// remembered, over all instances; past that a miss goes unrepaired until the player's next snapshot. An instance
/// still not subscribed <see cref="GivenUpAfter"/> after its first miss has stopped (a live one subscribes again
/// within seconds of Redis answering): its entries are dropped, since its players have reconnected elsewhere.
/// </summary>
internal sealed class MissedDeliveries(TimeProvider clock)
{
    public const int Capacity = 10_000;
    public static readonly TimeSpan GivenUpAfter = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, Missed> _byInstance = [];
    private int _count;

    /// <summary>Read without the lock on every publish: nothing to repair is the common case.</summary>
    private volatile bool _any;

    public void Record(string instanceId, IEnumerable<string> connectionIds)
    {
        lock (_byInstance)
        {
            DropGivenUp();
            if (!_byInstance.TryGetValue(instanceId, out var missed)) _byInstance[instanceId] = missed = new Missed(clock.GetUtcNow());
            foreach (var connectionId in connectionIds)
            {
                if (_count >= Capacity) break;
                if (missed.Connections.Add(connectionId)) _count++;
            }
            _any = _count > 0;
        }
    }

    /// <summary>The connections of <paramref name="instanceId"/> that missed something, forgotten as they are handed out; null when none did.</summary>
    public string[]? TakeFor(string instanceId)
    {
        if (!_any) return null;
        lock (_byInstance)
        {
            if (!_byInstance.Remove(instanceId, out var missed)) return null;
            _count -= missed.Connections.Count;
            _any = _count > 0;
            return [.. missed.Connections];
        }
    }

    private void DropGivenUp()
    {
        foreach (var (instanceId, missed) in _byInstance)
        {
            if (clock.GetUtcNow() - missed.FirstMissAt < GivenUpAfter) continue;
            _byInstance.Remove(instanceId);
            _count -= missed.Connections.Count;
        }
    }

    private sealed record Missed(DateTimeOffset FirstMissAt)
    {
        public HashSet<string> Connections { get; } = [];
    }
}
