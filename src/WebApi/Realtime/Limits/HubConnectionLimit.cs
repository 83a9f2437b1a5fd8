using System.Collections.Concurrent;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime.Limits;

/// <summary>
/// Counts the open requests on the hub's path per client address (a WebSocket connection is one request for
/// its whole life) and refuses one over <see cref="ClientLimitsOptions.ConnectionsPerAddress"/> with 429 and
/// TOO_MANY_CONNECTIONS before SignalR opens anything, so a refused connection costs no hub state.
/// </summary>
internal sealed class HubConnectionLimit(IOptions<ClientLimitsOptions> options, IProblemDetailsService problemDetails, IGameMetrics metrics) : IMiddleware
{
    private readonly ConcurrentDictionary<string, int> _open = new();

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (ClientAddress.Of(context) is not { } address)
        {
            await next(context);
            return;
        }
        if (_open.AddOrUpdate(address, 1, (_, open) => open + 1) > options.Value.ConnectionsPerAddress)
        {
            Release(address);
            metrics.RateLimited("connections");
            await RefuseAsync(context);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            Release(address);
        }
    }

    private void Release(string address)
    {
        if (_open.AddOrUpdate(address, 0, (_, open) => open - 1) <= 0) _open.TryRemove(KeyValuePair.Create(address, 0));
    }

    private async Task RefuseAsync(HttpContext context)
    {
        const string code = ErrorCodes.TooManyConnections;
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = code,
            Detail = $"Your address already has {options.Value.ConnectionsPerAddress} open connections to the game; close one and try again.",
            Type = $"https://drawguess.dev/errors/{code}",
        };
        problem.Extensions["code"] = code;
        await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
