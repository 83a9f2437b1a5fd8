using System.Diagnostics;
using DrawGuess.WebApi.Status;

namespace DrawGuess.WebApi.Metrics;

/// <summary>The request figures of /api/status and /metrics (the log line is Serilog's request logging); HttpPipeline keeps hub connections out.</summary>
internal sealed class HttpRequestMetrics(RequestDelegate next, HttpActivity activity, WebApiMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            activity.Record(elapsed);
            var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.HttpRequestDuration.Record(elapsed / 1000,
                new KeyValuePair<string, object?>("method", context.Request.Method),
                new KeyValuePair<string, object?>("route", route),
                new KeyValuePair<string, object?>("status", context.Response.StatusCode));
        }
    }
}
