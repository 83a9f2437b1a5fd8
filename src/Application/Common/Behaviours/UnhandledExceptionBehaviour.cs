using DrawGuess.Domain.Common;
using MediatR;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Application.Common.Behaviours;

/// <summary>Logs faults that are not game-rule violations; rule violations are the caller's business and go back as codes.</summary>
internal sealed class UnhandledExceptionBehaviour<TRequest, TResponse>(ILogger<UnhandledExceptionBehaviour<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        try
        {
            return await next();
        }
        catch (Exception exception) when (exception is not GameRuleException and not OperationCanceledException)
        {
            logger.LogError(exception, "Request {RequestName} failed", typeof(TRequest).Name);
            throw;
        }
    }
}
