using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Rankings;
using Microsoft.EntityFrameworkCore;

namespace DrawGuess.Infrastructure.Rankings.Persistence;

internal sealed class EfRankingsStore(IDbContextFactory<RankingsDbContext> contexts) : IRankingsStore
{
    public async Task<bool> SaveAsync(GameResult result, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.GameResults.AnyAsync(g => g.GameId == result.GameId, cancellationToken)) return false;

        db.GameResults.Add(result);
        if (result.Gallery is { } gallery) db.Galleries.Add(gallery);
        foreach (var player in result.Players)
        {
            db.Entry(player).Property(RankingsDbContext.PlayerResultFinishedAt).CurrentValue = result.FinishedAt;
            var stats = await db.PlayerStatistics.FindAsync([player.PlayerId], cancellationToken);
            if (stats is null) db.PlayerStatistics.Add(stats = PlayerStatistics.StartFor(player.PlayerId));
            stats.Add(player, result.FinishedAt);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another process stored the same game between our check and our insert.
            if (await AlreadyStoredAsync(result.GameId, cancellationToken)) return false;
            throw;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<LeaderboardEntryDto>> LeaderboardAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var top = await db.PlayerStatistics.AsNoTracking()
            .OrderByDescending(s => s.TotalScore).ThenByDescending(s => s.Wins).ThenBy(s => s.Games).ThenBy(s => s.PlayerId)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return top.Select((s, index) => new LeaderboardEntryDto(index + 1, s.PlayerId.ToString("N"), s.Name, s.TotalScore, s.Games, s.Wins,
            Math.Round(s.WinRate, 4), s.BestScore, s.LikesReceived)).ToArray();
    }

    public async Task<PlayerStatsDto?> PlayerStatsAsync(Guid playerId, int recentGames, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stats = await db.PlayerStatistics.AsNoTracking().SingleOrDefaultAsync(s => s.PlayerId == playerId, cancellationToken);
        if (stats is null) return null;
        var ahead = await db.PlayerStatistics.CountAsync(s => s.TotalScore > stats.TotalScore
            || (s.TotalScore == stats.TotalScore && (s.Wins > stats.Wins || (s.Wins == stats.Wins && s.Games < stats.Games))), cancellationToken);
        var latestGameIds = db.PlayerResults
            .Where(p => p.PlayerId == playerId)
            .OrderByDescending(p => EF.Property<DateTimeOffset>(p, RankingsDbContext.PlayerResultFinishedAt))
            .Take(recentGames)
            .Select(p => p.GameId);
        var games = await db.GameResults.AsNoTracking().Include(g => g.Players)
            .Where(g => latestGameIds.Contains(g.GameId))
            .OrderByDescending(g => g.FinishedAt)
            .ToListAsync(cancellationToken);
        return new PlayerStatsDto(stats.PlayerId.ToString("N"), stats.Name, ahead + 1, stats.TotalScore, stats.Games, stats.Wins, Math.Round(stats.WinRate, 4),
            stats.BestScore, stats.Games == 0 ? 0 : Math.Round((double)stats.TotalScore / stats.Games, 2), stats.TurnsDrawn, stats.CorrectGuesses, stats.LikesReceived,
            stats.LastPlayedAt, games.Select(ToDto).ToArray());
    }

    public async Task<IReadOnlyList<RecentGameDto>> RecentGamesAsync(int limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var games = await db.GameResults.AsNoTracking().Include(g => g.Players)
            .OrderByDescending(g => g.FinishedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return games.Select(ToDto).ToArray();
    }

    private async Task<bool> AlreadyStoredAsync(Guid gameId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.GameResults.AnyAsync(g => g.GameId == gameId, cancellationToken);
    }

    private static RecentGameDto ToDto(GameResult game) => new(
        game.GameId.ToString("N"), game.RoomName, game.StartedAt, game.FinishedAt, (game.FinishedAt - game.StartedAt).TotalSeconds,
        game.Players.OrderBy(p => p.Rank).ThenBy(p => p.Name)
            .Select(p => new GamePlayerDto(p.PlayerId.ToString("N"), p.Name, p.Score, p.Rank, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived)).ToArray());
}
