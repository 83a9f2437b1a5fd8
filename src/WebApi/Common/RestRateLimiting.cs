using System.Globalization;
using System.Threading.RateLimiting;
using DrawGuess.Application.Common.Ports;
using DrawGuess.WebApi.Realtime.Limits;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Common;

/// <summary>
/// The framework's rate limiter on the REST API (<c>/api/*</c>): per client address, <see cref="ClientLimitsOptions.RestRequestsPerAddressPerMinute"/>
/// at once, then refilled evenly over a minute. Past it, 429 ProblemDetails with code RATE_LIMITED and Retry-After.
/// Probes, scrapes, the hub and the web app's files are not limited; neither is a connection with no address.
/// </summary>
internal static class RestRateLimiting
{
    public const string Policy = "rest";

    public static IServiceCollection AddRestRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ClientLimitsOptions>>((options, limits) =>
        {
            var perMinute = limits.Value.RestRequestsPerAddressPerMinute;
            options.AddPolicy(Policy, context => ClientAddress.Of(context) is { } address
                ? RateLimitPartition.GetTokenBucketLimiter(address, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    TokensPerPeriod = 1,
                    ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
        });
        return services;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<IGameMetrics>().RateLimited("rest");
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Detail = "Too many requests from this address; retry after the time in Retry-After." },
        });
    }
}
