using System.Diagnostics;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Metrics;

/// <summary>Times every hub call and counts its errors by stable code. Registered before <see cref="Realtime.HubErrorFilter"/>, so it sees the coded errors.</summary>
internal sealed class HubMetricsFilter(WebApiMetrics metrics) : IHubFilter
{
    private const string Marker = "HubException: ";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var started = Stopwatch.GetTimestamp();
        var method = new KeyValuePair<string, object?>("method", Realtime.SentCanvasCalls.SentMethodOf(invocationContext.HubMethodName) ?? invocationContext.HubMethodName);
        try
        {
            return await next(invocationContext);
        }
        catch (HubException error)
        {
            metrics.HubErrors.Add(1, method, new KeyValuePair<string, object?>("code", error.Message.Split(':')[0]));
            throw;
        }
        finally
        {
            metrics.HubInvocationDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, method);
        }
    }
}
