using DrawGuess.Application.Rankings.Dtos;
using DrawGuess.Domain.Rankings;

namespace DrawGuess.Application.Rankings;

/// <summary>Finished games' galleries in the rankings database; they are written with their result by <see cref="IRankingsStore.SaveAsync"/>.</summary>
public interface IGalleryStore
{
    /// <summary>The gallery with that id, or null if there is none (also when it expired but was not swept yet).</summary>
    Task<GameGallery?> FindAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The unexpired galleries of public-room games, newest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<GallerySummaryDto>> ListPublicAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Deletes every gallery expired at <paramref name="now"/>; returns how many.</summary>
    Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
