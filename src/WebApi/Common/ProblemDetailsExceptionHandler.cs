using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace DrawGuess.WebApi.Common;

/// <summary>Every failed HTTP call answers with RFC 7807 ProblemDetails carrying the same stable code as the hub.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail) = exception switch
        {
            GameRuleException rule => (StatusFor(rule.Code), rule.Code, rule.Message),
            BadHttpRequestException bad => (StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, bad.Message),
            _ => (StatusCodes.Status500InternalServerError, ErrorCodes.InternalError, "Something went wrong on the server."),
        };
        if (status == StatusCodes.Status500InternalServerError) logger.LogError(exception, "Request {Path} failed", httpContext.Request.Path);
        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Detail = detail };
        problem.Extensions["code"] = code;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    private static int StatusFor(string code) => code switch
    {
        ErrorCodes.ValidationFailed or ErrorCodes.BadRequest => StatusCodes.Status400BadRequest,
        ErrorCodes.RoomNotFound or ErrorCodes.NotFound or ErrorCodes.PlayerNotFound or ErrorCodes.GalleryNotFound => StatusCodes.Status404NotFound,
        ErrorCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        ErrorCodes.InternalError => StatusCodes.Status500InternalServerError,
        ErrorCodes.ServiceUnavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };
}
