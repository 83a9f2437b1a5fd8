using System.Collections.Concurrent;

namespace DrawGuess.WebApi.Realtime.Limits;

/// <summary>
/// A token bucket per client address: <c>perMinute</c> at once, refilled at <c>perMinute</c> a minute.
/// A bucket that has refilled is forgotten, so the table holds only addresses active in the last minute.
/// </summary>
internal sealed class AddressBudgets(int perMinute, TimeProvider clock)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new();
    private DateTimeOffset _lastSweep = clock.GetUtcNow();

    public int Tracked => _buckets.Count;

    public bool TryTake(string address)
    {
        var now = clock.GetUtcNow();
        SweepIfDue(now);
        return _buckets.GetOrAdd(address, _ => new Bucket(perMinute, now)).TryTake(perMinute, now);
    }

    /// <summary>Returns a token taken for a call that turned out to create nothing.</summary>
    public void GiveBack(string address)
    {
        if (_buckets.TryGetValue(address, out var bucket)) bucket.GiveBack(perMinute);
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        if (now - _lastSweep < Window) return;
        _lastSweep = now;
        foreach (var (address, bucket) in _buckets)
        {
            if (bucket.IsFull(perMinute, now)) _buckets.TryRemove(KeyValuePair.Create(address, bucket));
        }
    }

    private sealed class Bucket(int tokens, DateTimeOffset now)
    {
        private double _tokens = tokens;
        private DateTimeOffset _lastRefill = now;

        public bool TryTake(int perMinute, DateTimeOffset now)
        {
            lock (this)
            {
                Refill(perMinute, now);
                if (_tokens < 1) return false;
                _tokens -= 1;
                return true;
            }
        }

        public void GiveBack(int perMinute)
        {
            lock (this) _tokens = Math.Min(perMinute, _tokens + 1);
        }

        public bool IsFull(int perMinute, DateTimeOffset now)
        {
            lock (this)
            {
                Refill(perMinute, now);
                return _tokens >= perMinute;
            }
        }

        private void Refill(int perMinute, DateTimeOffset now)
        {
            var elapsed = now - _lastRefill;
            if (elapsed <= TimeSpan.Zero) return;
            _tokens = Math.Min(perMinute, _tokens + elapsed / Window * perMinute);
            _lastRefill = now;
        }
    }
}
