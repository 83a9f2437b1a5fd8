using DrawGuess.Domain.Rankings;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rankings;

/// <summary>
/// The drawings of a running game, kept beside the live state (not in the game, whose stored copy every command
/// rewrites) until the game ends and they go to the rankings database with its result.
/// </summary>
public interface IGalleryDrafts
{
    Task AppendAsync(GameId gameId, GalleryDrawing drawing, CancellationToken cancellationToken);

    /// <summary>The game's drawings in the order they were appended.</summary>
    Task<IReadOnlyList<GalleryDrawing>> ListAsync(GameId gameId, CancellationToken cancellationToken);

    Task AppendGuessAsync(GameId gameId, GalleryGuessTime guess, CancellationToken cancellationToken);

    Task<IReadOnlyList<GalleryGuessTime>> ListGuessesAsync(GameId gameId, CancellationToken cancellationToken);

    /// <summary>Forgets the game's drawings and guess times.</summary>
    Task RemoveAsync(GameId gameId, CancellationToken cancellationToken);
}
