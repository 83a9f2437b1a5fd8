using DrawGuess.Domain.Common;

namespace DrawGuess.WebApi.Common;

internal static class LiveStateFigures
{
    /// <summary>
    /// A figure read from the live state or the outbox, or null while they cannot be read (Redis away): /api/status and
    /// /metrics must answer most when a dependency is down, and they say which one is.
    /// </summary>
    public static async Task<T?> NullWhileUnavailable<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (GameRuleException e) when (e.Code == ErrorCodes.ServiceUnavailable)
        {
            return default;
        }
    }
}
