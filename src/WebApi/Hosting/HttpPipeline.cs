using DrawGuess.WebApi.Logging;
using DrawGuess.WebApi.Metrics;
using DrawGuess.WebApi.Realtime;

namespace DrawGuess.WebApi.Hosting;

internal static class HttpPipeline
{
    /// <summary>
    /// The request log line, the request metrics, ProblemDetails for faults and bare status codes, and the REST
    /// rate limiter wrap every request but a hub connection's: that one request lasts as long as its player stays
    /// connected, and each middleware around it would hold its state (an async state machine, a log context)
    /// that long, for every connected player (docs/performance.md, "Idle memory"). The hub's negotiate and
    /// unknown /hubs paths are short requests and keep them.
    /// </summary>
    public static void UseHttpMiddlewares(this WebApplication app)
    {
        app.UseWebSockets();
        app.UseWhen(context => !IsHubConnection(context), http => http
            .UseRequestLogging()
            .UseMiddleware<HttpRequestMetrics>()
            .UseExceptionHandler()
            .UseStatusCodePages()
            .UseRateLimiter());
    }

    private static bool IsHubConnection(HttpContext context) => context.Request.Path == GameHub.Path;
}
