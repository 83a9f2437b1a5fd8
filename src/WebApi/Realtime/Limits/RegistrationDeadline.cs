using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime.Limits;

/// <summary>
/// Closes a connection that stays silent for <see cref="ClientLimitsOptions.RegistrationTimeout"/> without
/// becoming a player, with a Close message carrying REGISTRATION_TIMEOUT: an open socket that never becomes a
/// player only holds memory and a slot of its address. Only the client's silence counts, from connecting or
/// from the answer to its last refused Register or Resume: the time the server takes to complete such a call
/// does not, so a Resume slowed by a loaded server or a Redis failover is answered, not cut off.
/// </summary>
internal sealed class RegistrationDeadline(IOptions<ClientLimitsOptions> options, TimeProvider clock, GameHubConnections connections) : IHubFilter
{
    private static readonly string Reason =
        $"Connection closed with an error. HubException: {ErrorCodes.RegistrationTimeout}: Call Register or Resume right after connecting.";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        await next(context);
        var deadline = new Deadline(context.Context.ConnectionId, connections, clock, options.Value.RegistrationTimeout);
        context.Context.Features.Set(deadline);
        deadline.Restart();
    }

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        if (invocationContext.HubMethodName is not (nameof(GameHub.Register) or nameof(GameHub.Resume))) return await next(invocationContext);
        var deadline = invocationContext.Context.Features.Get<Deadline>();
        deadline?.Pause();
        try
        {
            var result = await next(invocationContext);
            Forget(invocationContext.Context.Features);
            return result;
        }
        catch
        {
            deadline?.Restart();
            throw;
        }
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

    private sealed class Deadline(string connectionId, GameHubConnections connections, TimeProvider clock, TimeSpan timeout) : IDisposable
    {
        private ITimer? _timer;
        private bool _met;
        /// <summary>Which timer counts now: one that fires after it was replaced or paused does nothing.</summary>
        private int _generation;

        /// <summary>Counts the client's silence from now.</summary>
        public void Restart()
        {
            lock (this)
            {
                if (_met) return;
                _timer?.Dispose();
                var generation = ++_generation;
                _timer = clock.CreateTimer(_ => Expire(generation), null, timeout, Timeout.InfiniteTimeSpan);
            }
        }

        /// <summary>The client has spoken; the server is answering.</summary>
        public void Pause()
        {
            lock (this)
            {
                _generation++;
                _timer?.Dispose();
                _timer = null;
            }
        }

        public void Dispose()
        {
            lock (this)
            {
                _met = true;
                _timer?.Dispose();
                _timer = null;
            }
        }

        private void Expire(int generation)
        {
            lock (this)
            {
                if (_met || generation != _generation) return;
                _met = true;
                _timer?.Dispose();
                _timer = null;
            }
            _ = connections.CloseAsync(connectionId, Reason);
        }
    }
}
