using System.Collections.Concurrent;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Rounds;

internal sealed class InMemoryFinishedGameGalleries : IFinishedGameGalleries
{
    private readonly ConcurrentDictionary<RoomId, (GameId GameId, string GalleryId)> _lastGames = new();

    public Task RememberAsync(RoomId roomId, GameId gameId, string galleryId, CancellationToken cancellationToken)
    {
        _lastGames[roomId] = (gameId, galleryId);
        return Task.CompletedTask;
    }

    public Task<string?> FindAsync(RoomId roomId, GameId gameId, CancellationToken cancellationToken) =>
        Task.FromResult(_lastGames.TryGetValue(roomId, out var last) && last.GameId == gameId ? last.GalleryId : null);

    public Task ForgetAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        _lastGames.TryRemove(roomId, out _);
        return Task.CompletedTask;
    }
}
