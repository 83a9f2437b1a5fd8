using System.Diagnostics;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Common;

/// <summary>
/// The only ProblemDetails writer: every failed answer of a server route is application/problem+json with
/// a stable <c>code</c>, whatever the Accept header says (a stale invite link opened in a browser sends
/// text/html). The framework's writer declines such requests, which left empty bodies and, in the
/// exception handler, a 500. Answers that carry no code yet (unmatched routes, wrong methods, anything
/// the status-code pages complete) get one from their status.
/// </summary>
internal sealed class ProblemJsonWriter(IOptions<JsonOptions> jsonOptions) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        var code = problem.Extensions.TryGetValue("code", out var given) && given is string known ? known : CodeFor(problem.Status.Value);
        problem.Extensions["code"] = code;
        problem.Title ??= code;
        problem.Type ??= $"https://drawguess.dev/errors/{code}";
        problem.Detail ??= DetailFor(problem.Status.Value, context.HttpContext.Request);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), jsonOptions.Value.SerializerOptions, "application/problem+json"));
    }

    private static string CodeFor(int status) => status switch
    {
        StatusCodes.Status404NotFound => ErrorCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ErrorCodes.MethodNotAllowed,
        StatusCodes.Status429TooManyRequests => ErrorCodes.RateLimited,
        StatusCodes.Status503ServiceUnavailable => ErrorCodes.ServiceUnavailable,
        >= 500 => ErrorCodes.InternalError,
        _ => ErrorCodes.BadRequest,
    };

    private static string DetailFor(int status, HttpRequest request) => status switch
    {
        StatusCodes.Status404NotFound => "Nothing is served at this path.",
        StatusCodes.Status405MethodNotAllowed => $"This path does not answer {request.Method}.",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
