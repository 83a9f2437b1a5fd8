using System.Collections.Concurrent;
using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Rankings;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Rankings.Gallery;

internal sealed class InMemoryGalleryDrafts : IGalleryDrafts
{
    private readonly ConcurrentDictionary<GameId, IReadOnlyList<GalleryDrawing>> _games = new();

    public Task AppendAsync(GameId gameId, GalleryDrawing drawing, CancellationToken cancellationToken)
    {
        _games.AddOrUpdate(gameId, _ => [drawing], (_, drawings) => [.. drawings, drawing]);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GalleryDrawing>> ListAsync(GameId gameId, CancellationToken cancellationToken) =>
        Task.FromResult(_games.GetValueOrDefault(gameId) ?? []);

    public Task RemoveAsync(GameId gameId, CancellationToken cancellationToken)
    {
        _games.TryRemove(gameId, out _);
        return Task.CompletedTask;
    }
}
