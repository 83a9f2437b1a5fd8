using DrawGuess.Application.Rankings;
using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Rankings;
using DrawGuess.Infrastructure.Rankings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace DrawGuess.Infrastructure.Rankings.Gallery;

internal sealed class EfGalleryStore(IDbContextFactory<RankingsDbContext> contexts) : IGalleryStore
{
    public Task<GameGallery?> FindAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        RankingsReadsWhileDatabaseDown.Read(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var gallery = await db.Galleries.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id, cancellationToken);
            return gallery is null || gallery.IsExpiredAt(now) ? null : gallery;
        });

    public Task<IReadOnlyList<GallerySummaryDto>> ListPublicAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken) =>
        RankingsReadsWhileDatabaseDown.Read(async () =>
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // Only the listed columns: the drawings are up to 1.5 MB per game.
            return (IReadOnlyList<GallerySummaryDto>)await db.Galleries.AsNoTracking()
                .Where(g => g.IsPublic && g.ExpiresAt > now)
                .OrderByDescending(g => g.FinishedAt)
                .Take(limit)
                .Select(g => new GallerySummaryDto(g.Id, g.RoomName, g.FinishedAt, g.ExpiresAt))
                .ToArrayAsync(cancellationToken);
        });

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Galleries.Where(g => g.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
