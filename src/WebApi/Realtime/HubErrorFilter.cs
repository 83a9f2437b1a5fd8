using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

/// <summary>Turns every failure of a hub call into "CODE: message"; the connection stays open.</summary>
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
            throw new HubException($"{rule.Code}: {rule.Message}");
        }
        catch (Exception exception) when (exception is not HubException)
        {
            logger.LogError(exception, "Hub method {HubMethod} failed for connection {ConnectionId}",
                invocationContext.HubMethodName, invocationContext.Context.ConnectionId);
            throw new HubException($"{ErrorCodes.InternalError}: Something went wrong on the server; the call had no effect.");
        }
    }
}
