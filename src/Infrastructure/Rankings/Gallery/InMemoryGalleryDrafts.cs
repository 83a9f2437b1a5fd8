using System.Collections.Concurrent;
using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Rankings;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Rankings.Gallery;

internal sealed class InMemoryGalleryDrafts : IGalleryDrafts
{
    private readonly ConcurrentDictionary<GameId, IReadOnlyList<GalleryDrawing>> _games = new();
    private readonly ConcurrentDictionary<GameId, IReadOnlyList<GalleryGuessTime>> _guesses = new();

    public Task AppendAsync(GameId gameId, GalleryDrawing drawing, CancellationToken cancellationToken)
    {
        _games.AddOrUpdate(gameId, _ => [drawing], (_, drawings) => [.. drawings, drawing]);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GalleryDrawing>> ListAsync(GameId gameId, CancellationToken cancellationToken) =>
        Task.FromResult(_games.GetValueOrDefault(gameId) ?? []);

    public Task AppendGuessAsync(GameId gameId, GalleryGuessTime guess, CancellationToken cancellationToken)
    {
        _guesses.AddOrUpdate(gameId, _ => [guess], (_, guesses) => [.. guesses, guess]);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GalleryGuessTime>> ListGuessesAsync(GameId gameId, CancellationToken cancellationToken) =>
        Task.FromResult(_guesses.GetValueOrDefault(gameId) ?? []);

    public Task RemoveAsync(GameId gameId, CancellationToken cancellationToken)
    {
        _games.TryRemove(gameId, out _);
        _guesses.TryRemove(gameId, out _);
        return Task.CompletedTask;
    }
}
