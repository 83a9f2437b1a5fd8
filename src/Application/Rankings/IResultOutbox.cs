using DrawGuess.Domain.Rankings;

namespace DrawGuess.Application.Rankings;

/// <summary>
/// Finished games whose result the <see cref="IRankingsStore"/> could not take yet, kept durably until it can.
/// Keyed by game id: adding the same game again replaces it, so a retry never duplicates a result.
/// </summary>
public interface IResultOutbox
{
    Task AddAsync(GameResult result, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> pending results, oldest first.</summary>
    Task<IReadOnlyList<GameResult>> PendingAsync(int limit, CancellationToken cancellationToken);

    /// <summary>Forgets a result once the store has it; removing one that is not pending is a no-op.</summary>
    Task RemoveAsync(Guid gameId, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}
