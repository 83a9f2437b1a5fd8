using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Common.Behaviours;

/// <summary>Warns about slow requests; a request holding a room's lock for long delays everyone in that room.</summary>
internal sealed class TimingBehaviour<TRequest, TResponse>(ILogger<TimingBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(250);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next();
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed > SlowThreshold)
            logger.LogWarning("Request {RequestName} took {ElapsedMilliseconds} ms", typeof(TRequest).Name, (long)elapsed.TotalMilliseconds);
        return response;
    }
}
