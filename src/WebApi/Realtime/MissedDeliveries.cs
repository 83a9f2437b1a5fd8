namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// Connections of other instances that missed a message: it was published to their instance's channel while that
/// instance was not subscribed (after a failover or an outage of Redis, each instance subscribes again on its own
/// time, and a message published before it has is gone). The next message that reaches the instance is followed by
/// <c>Resync</c> to them, and their clients read the room again (docs/protocol.md). At most <see cref="Capacity"/> are
/// remembered, over all instances; past that a miss goes unrepaired until the player's next snapshot. An instance
/// that never subscribes again (it stopped) keeps its entries until this one stops: their players have reconnected
/// elsewhere, and the memory is bounded.
/// </summary>
internal sealed class MissedDeliveries
{
    public const int Capacity = 10_000;

    private readonly Dictionary<string, HashSet<string>> _byInstance = [];
    private int _count;

    /// <summary>Read without the lock on every publish: nothing to repair is the common case.</summary>
    private volatile bool _any;

    public void Record(string instanceId, IEnumerable<string> connectionIds)
    {
        lock (_byInstance)
        {
            if (!_byInstance.TryGetValue(instanceId, out var missed)) _byInstance[instanceId] = missed = [];
            foreach (var connectionId in connectionIds)
            {
                if (_count >= Capacity) break;
                if (missed.Add(connectionId)) _count++;
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
            _count -= missed.Count;
            _any = _count > 0;
            return [.. missed];
        }
    }
}
