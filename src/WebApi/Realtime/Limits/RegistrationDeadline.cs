using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime.Limits;

/// <summary>
/// Closes a connection that has not completed Register or Resume within
/// <see cref="ClientLimitsOptions.RegistrationTimeout"/>, with a Close message carrying REGISTRATION_TIMEOUT:
/// an open socket that never becomes a player only holds memory and a slot of its address.
/// </summary>
internal sealed class RegistrationDeadline(IOptions<ClientLimitsOptions> options, TimeProvider clock, GameHubConnections connections) : IHubFilter
{
    private static readonly string Reason =
        $"Connection closed with an error. HubException: {ErrorCodes.RegistrationTimeout}: Call Register or Resume right after connecting.";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        var deadline = new Deadline(context.Context.ConnectionId, connections);
        context.Context.Features.Set(deadline);
        deadline.Start(clock, options.Value.RegistrationTimeout);
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var result = await next(invocationContext);
        if (invocationContext.HubMethodName is nameof(GameHub.Register) or nameof(GameHub.Resume))
            Forget(invocationContext.Context.Features);
        return result;
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        Forget(context.Context.Features);
        return next(context, exception);
    }

    /// <summary>A met deadline leaves the connection: its timer would otherwise stay with every idle player, disposed.</summary>
    private static void Forget(IFeatureCollection features)
    {
        features.Get<Deadline>()?.Dispose();
        features.Set<Deadline>(null);
    }

    private sealed class Deadline(string connectionId, GameHubConnections connections) : IDisposable
    {
        private ITimer? _timer;
        private bool _met;

        public void Start(TimeProvider clock, TimeSpan timeout)
        {
            var timer = clock.CreateTimer(static state => ((Deadline)state!).Expire(), this, timeout, Timeout.InfiniteTimeSpan);
            lock (this)
            {
                if (_met) timer.Dispose();
                else _timer = timer;
            }
        }

        public void Dispose()
        {
            lock (this)
            {
                _met = true;
                _timer?.Dispose();
            }
        }

        private void Expire()
        {
            lock (this)
            {
                if (_met) return;
                _met = true;
                _timer?.Dispose();
            }
            _ = connections.CloseAsync(connectionId, Reason);
        }
    }
}
