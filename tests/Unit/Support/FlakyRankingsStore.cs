using System.Collections.Concurrent;
using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Rankings;

namespace DrawGuess.UnitTests.Support;

/// <summary>A rankings store whose first <c>failures</c> saves throw, as a database that is down would; idempotent per game id like the real one.</summary>
internal sealed class FlakyRankingsStore(int failures) : IRankingsStore
{
    private readonly ConcurrentDictionary<Guid, GameResult> _stored = new();
    private int _attempts;

    public int Attempts => _attempts;
    public IReadOnlyCollection<GameResult> Stored => _stored.Values.ToArray();

    public Task<bool> SaveAsync(GameResult result, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Interlocked.Increment(ref _attempts) <= failures) throw new TimeoutException("database unavailable");
        return Task.FromResult(_stored.TryAdd(result.GameId, result));
    }

    public Task<IReadOnlyList<LeaderboardEntryDto>> LeaderboardAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PlayerStatsDto?> PlayerStatsAsync(Guid playerId, int recentGames, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<RecentGameDto>> RecentGamesAsync(int limit, CancellationToken cancellationToken) => throw new NotSupportedException();
}
