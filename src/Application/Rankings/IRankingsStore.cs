using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Rankings;

namespace DrawGuess.Application.Rankings;

/// <summary>Finished games and the statistics derived from them.</summary>
public interface IRankingsStore
{
    /// <summary>Stores the result and updates every player's statistics in one transaction. False if this game was already stored.</summary>
    Task<bool> SaveAsync(GameResult result, CancellationToken cancellationToken);

    Task<IReadOnlyList<LeaderboardEntryDto>> LeaderboardAsync(int limit, CancellationToken cancellationToken);

    Task<PlayerStatsDto?> PlayerStatsAsync(Guid playerId, int recentGames, CancellationToken cancellationToken);

    Task<IReadOnlyList<RecentGameDto>> RecentGamesAsync(int limit, CancellationToken cancellationToken);
}
