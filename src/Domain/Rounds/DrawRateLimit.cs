using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds.Snapshots;

namespace DrawGuess.Domain.Rounds;

/// <summary>Token bucket for the drawer's canvas calls: a burst of <see cref="Burst"/>, refilled at <see cref="PerSecond"/>.</summary>
public sealed class DrawRateLimit
{
    public const int Burst = 120;
    public const int PerSecond = 60;

    private double _tokens = Burst;
    private DateTimeOffset _lastRefill;

    public DrawRateLimit(DateTimeOffset now) => _lastRefill = now;

    public void Take(DateTimeOffset now)
    {
        var elapsed = (now - _lastRefill).TotalSeconds;
        if (elapsed > 0)
        {
            _tokens = Math.Min(Burst, _tokens + elapsed * PerSecond);
            _lastRefill = now;
        }
        if (_tokens < 1) throw new GameRuleException(ErrorCodes.RateLimited, "Drawing too fast; slow down.");
        _tokens -= 1;
    }

    internal DrawRateLimitSnapshotV1 ToSnapshot() => new(_tokens, _lastRefill);

    internal static DrawRateLimit Restore(DrawRateLimitSnapshotV1 snapshot) => new(snapshot.LastRefill) { _tokens = snapshot.Tokens };
}
