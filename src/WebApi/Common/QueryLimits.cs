using DrawGuess.Domain.Common;

namespace DrawGuess.WebApi.Common;

internal static class QueryLimits
{
    /// <summary>Reads an optional ?limit= as text, so "abc" gets our VALIDATION_FAILED rather than a framework error.</summary>
    public static int Parse(string? limit, int defaultValue) =>
        limit is null ? defaultValue
        : int.TryParse(limit, out var value) ? value
        : throw new GameRuleException(ErrorCodes.ValidationFailed, "limit: must be a whole number.");
}
