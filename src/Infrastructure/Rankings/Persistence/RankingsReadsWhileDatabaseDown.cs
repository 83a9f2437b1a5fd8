using System.Data.Common;
using System.Net.Sockets;
using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rankings;

namespace DrawGuess.Infrastructure.Rankings.Persistence;

/// <summary>
/// While the rankings database is unreachable, the leaderboard, statistics and recent games answer
/// SERVICE_UNAVAILABLE (HTTP 503) instead of an internal error. Saving is passed through untouched:
/// its failure is what sends a result to the outbox.
/// </summary>
internal sealed class RankingsReadsWhileDatabaseDown(EfRankingsStore store) : IRankingsStore
{
    public Task<bool> SaveAsync(GameResult result, CancellationToken cancellationToken) => store.SaveAsync(result, cancellationToken);

    public Task<IReadOnlyList<LeaderboardEntryDto>> LeaderboardAsync(int limit, CancellationToken cancellationToken) =>
        Read(() => store.LeaderboardAsync(limit, cancellationToken));

    public Task<PlayerStatsDto?> PlayerStatsAsync(Guid playerId, int recentGames, CancellationToken cancellationToken) =>
        Read(() => store.PlayerStatsAsync(playerId, recentGames, cancellationToken));

    public Task<IReadOnlyList<RecentGameDto>> RecentGamesAsync(int limit, CancellationToken cancellationToken) =>
        Read(() => store.RecentGamesAsync(limit, cancellationToken));

    internal static async Task<T> Read<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (Exception exception) when (IsOutage(exception) || IsOutage(exception.InnerException))
        {
            throw new GameRuleException(ErrorCodes.ServiceUnavailable, "The rankings are briefly unavailable; try again in a moment.", exception);
        }
    }

    private static bool IsOutage(Exception? exception) => exception is DbException or TimeoutException or SocketException;
}
