using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// A ceiling on every hub call of one connection, whatever the method: a flood of snapshots, joins or
/// lobby watches gets RATE_LIMITED instead of work. It sits above the game's own limits (chat 5 per
/// 3 s, canvas 120 burst and 60 per s), so a player who keeps to those never meets it. A connection
/// lives on one instance, so its budget is kept with it.
/// </summary>
internal sealed class HubCallRateLimitFilter(TimeProvider clock, IGameMetrics metrics) : IHubFilter
{
    public const int Burst = 240;
    public const int PerSecond = 120;

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        // Kept among the connection's features, which exist anyway: its Items dictionary would be built for this alone.
        var features = invocationContext.Context.Features;
        if (features.Get<CallBudget>() is not { } budget) features.Set(budget = new CallBudget(clock.GetUtcNow()));
        if (!budget.TryTake(clock.GetUtcNow()))
        {
            metrics.RateLimited("hub");
            throw new GameRuleException(ErrorCodes.RateLimited, "Too many calls on this connection; slow down.");
        }
        return next(invocationContext);
    }

    /// <summary>Token bucket: <see cref="Burst"/> calls at once, refilled at <see cref="PerSecond"/>.</summary>
    private sealed class CallBudget(DateTimeOffset now)
    {
        private double _tokens = Burst;
        private DateTimeOffset _lastRefill = now;

        public bool TryTake(DateTimeOffset now)
        {
            lock (this)
            {
                var elapsed = (now - _lastRefill).TotalSeconds;
                if (elapsed > 0)
                {
                    _tokens = Math.Min(Burst, _tokens + elapsed * PerSecond);
                    _lastRefill = now;
                }
                if (_tokens < 1) return false;
                _tokens -= 1;
                return true;
            }
        }
    }
}
