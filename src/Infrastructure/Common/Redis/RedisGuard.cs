using DrawGuess.Domain.Common;
using StackExchange.Redis;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>Turns "Redis is unreachable" into the stable SERVICE_UNAVAILABLE error players and integrators see.</summary>
internal static class RedisGuard
{
    private static readonly string[] OutageReplies = ["LOADING", "READONLY", "MASTERDOWN", "NOREPLICAS", "EXECABORT"];

    public static async Task<T> Run<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            throw Unavailable(exception);
        }
    }

    public static async Task Run(Func<Task> call)
    {
        try
        {
            await call();
        }
        catch (Exception exception) when (IsOutage(exception))
        {
            throw Unavailable(exception);
        }
    }

    /// <summary>
    /// Unreachable, too slow, still loading its data after a restart, or in a failover: while the
    /// primary is gone the client sends writes to a replica (READONLY), a replica cut off from its
    /// primary refuses reads (MASTERDOWN), and a primary without an acknowledging replica refuses
    /// writes (NOREPLICAS, min-replicas-to-write; a promoted primary, until a replica has caught up). A MULTI whose
    /// write was refused so while queued fails at EXEC with EXECABORT, which does not name the refusal; our
    /// transactions' commands are fixed and run in every Redis test, so in production such a refusal (or Redis out of
    /// memory) is what aborts one. While it switches to a promoted replica, the client
    /// may also complete a call in flight as cancelled, without a token (no call here passes one); taken
    /// for a bug, it would answer INTERNAL_ERROR, and in the turn timers' poller stop the server.
    /// </summary>
    public static bool IsOutage(Exception exception) =>
        exception is RedisConnectionException or RedisTimeoutException
        || exception is TaskCanceledException { CancellationToken.CanBeCanceled: false }
        || (exception is RedisServerException server && OutageReplies.Any(reply => server.Message.StartsWith(reply, StringComparison.Ordinal)));

    private static GameRuleException Unavailable(Exception inner) =>
        new(ErrorCodes.ServiceUnavailable, "The game service is briefly unavailable; try again in a moment.", inner);
}
