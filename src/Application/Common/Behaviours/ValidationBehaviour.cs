using DrawGuess.Domain.Common;
using FluentValidation;
using MediatR;

namespace DrawGuess.Application.Common.Behaviours;

/// <summary>Runs the request's FluentValidation rules, so hub calls and REST calls are validated alike.</summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    /// <remarks>
    /// Every rule in this assembly is synchronous, so <c>Validate</c> is used: <c>ValidateAsync</c> builds
    /// an async state machine per rule, on every stroke batch. FluentValidation throws at once if an
    /// asynchronous rule is ever added.
    /// </remarks>
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        foreach (var validator in validators)
        {
            var result = validator.Validate(request);
            if (!result.IsValid)
            {
                var detail = string.Join("; ", result.Errors.Select(e => $"{ToCamelCase(e.PropertyName)}: {e.ErrorMessage}"));
                throw new GameRuleException(ErrorCodes.ValidationFailed, detail);
            }
        }
        return next();
    }

    private static string ToCamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
