using DrawGuess.Domain.Common;
using FluentValidation;
using MediatR;

namespace DrawGuess.Application.Common.Behaviours;

/// <summary>Runs the request's FluentValidation rules, so hub calls and REST calls are validated alike.</summary>
internal sealed class ValidationBehaviour<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            if (!result.IsValid)
            {
                var detail = string.Join("; ", result.Errors.Select(e => $"{ToCamelCase(e.PropertyName)}: {e.ErrorMessage}"));
                throw new GameRuleException(ErrorCodes.ValidationFailed, detail);
            }
        }
        return await next();
    }

    private static string ToCamelCase(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
