using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rankings;
using Microsoft.Extensions.Logging;

namespace DrawGuess.Infrastructure.Rankings.Outbox;

/// <summary>
/// Results wait in the shared outbox (Redis), where any instance can store them; when the shared one
/// is unreachable too, in this instance's own folder, so a game that ends while both Redis and the
/// database are down still keeps its result. Both are drained the same way.
/// </summary>
internal sealed class SharedResultOutboxWithLocalFallback(IResultOutbox shared, IResultOutbox local, ILogger<SharedResultOutboxWithLocalFallback> logger)
    : IResultOutbox
{
    public async Task AddAsync(GameResult result, CancellationToken cancellationToken)
    {
        try
        {
            await shared.AddAsync(result, cancellationToken);
        }
        catch (GameRuleException unavailable) when (unavailable.Code == ErrorCodes.ServiceUnavailable)
        {
            logger.LogWarning("Result of game {GameId} kept in this instance's outbox folder: the shared outbox is unreachable", result.GameId);
            await local.AddAsync(result, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<GameResult>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        var fromLocal = await local.PendingAsync(limit, cancellationToken);
        if (fromLocal.Count >= limit) return fromLocal;
        var fromShared = await SharedOr(() => shared.PendingAsync(limit - fromLocal.Count, cancellationToken), []);
        return [.. fromLocal, .. fromShared];
    }

    /// <summary>If the shared outbox is unreachable now, its copy is stored again later: the store keeps a game once.</summary>
    public async Task RemoveAsync(Guid gameId, CancellationToken cancellationToken)
    {
        await local.RemoveAsync(gameId, cancellationToken);
        await SharedOr(async () =>
        {
            await shared.RemoveAsync(gameId, cancellationToken);
            return true;
        }, false);
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken) =>
        await local.CountAsync(cancellationToken) + await SharedOr(() => shared.CountAsync(cancellationToken), 0);

    private static async Task<T> SharedOr<T>(Func<Task<T>> call, T whenUnreachable)
    {
        try
        {
            return await call();
        }
        catch (GameRuleException unavailable) when (unavailable.Code == ErrorCodes.ServiceUnavailable)
        {
            return whenUnreachable;
        }
    }
}
