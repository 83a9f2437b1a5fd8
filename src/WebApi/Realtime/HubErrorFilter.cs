using DrawGuess.Domain.Common;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// Turns every failure of a hub call into "CODE: message"; the connection stays open. The one place a
/// hub call's failure is logged: a refusal at Information, a fault at Error with its stack trace.
/// </summary>
internal sealed class HubErrorFilter(ILogger<HubErrorFilter> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (GameRuleException rule)
        {
            // The caller's mistake, answered with its code: one line, no stack trace (SignalR's own report of it is
            // dropped in LoggingSetup). A flood's refusals are only counted, or the flood would flood the log too.
            if (rule.Code != ErrorCodes.RateLimited) logger.LogInformation("Hub method {HubMethod} refused for connection {ConnectionId}: {ErrorCode}",
                invocationContext.HubMethodName, invocationContext.Context.ConnectionId, rule.Code);
            throw new HubException($"{rule.Code}: {rule.Message}");
        }
        catch (Exception exception) when (RedisOutage.Is(exception))
        {
            // The backplane lost Redis while relaying the call's messages (a failover): the caller retries, as for any outage.
            logger.LogWarning("Hub method {HubMethod} refused for connection {ConnectionId}: {ErrorCode} ({Reason})",
                invocationContext.HubMethodName, invocationContext.Context.ConnectionId, ErrorCodes.ServiceUnavailable, exception.Message);
            throw new HubException($"{ErrorCodes.ServiceUnavailable}: The game service is briefly unavailable; try again in a moment.");
        }
        catch (Exception exception) when (exception is not HubException)
        {
            logger.LogError(exception, "Hub method {HubMethod} failed for connection {ConnectionId}",
                invocationContext.HubMethodName, invocationContext.Context.ConnectionId);
            throw new HubException($"{ErrorCodes.InternalError}: Something went wrong on the server; the call had no effect.");
        }
    }
}
