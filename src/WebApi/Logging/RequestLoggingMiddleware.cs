using System.Diagnostics;
using DrawGuess.WebApi.Metrics;
using DrawGuess.WebApi.Status;

namespace DrawGuess.WebApi.Logging;

/// <summary>
/// One log line per HTTP request, and the request figures of /api/status and /metrics. Serilog.AspNetCore's request
/// logging restores now, but needs Serilog 4.x (this project pins 3.1 with Serilog wired into builder.Logging).
/// </summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger, HttpActivity activity, WebApiMetrics metrics)
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
            var path = context.Request.Path.Value ?? string.Empty;
            if (!path.StartsWith("/hubs/", StringComparison.Ordinal))
            {
                activity.Record(elapsed);
                var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
                metrics.HttpRequestDuration.Record(elapsed / 1000,
                    new KeyValuePair<string, object?>("method", context.Request.Method),
                    new KeyValuePair<string, object?>("route", route),
                    new KeyValuePair<string, object?>("status", context.Response.StatusCode));
                var level = path.StartsWith("/health", StringComparison.Ordinal) || path == "/metrics" ? LogLevel.Debug : LogLevel.Information;
                logger.Log(level, "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms",
                    context.Request.Method, path, context.Response.StatusCode, elapsed);
            }
        }
    }
}
