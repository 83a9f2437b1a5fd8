using System.Collections.Concurrent;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Rounds;

internal sealed class InMemoryGameRepository : IGameRepository
{
    private readonly ConcurrentDictionary<RoomId, Game> _games = new();

    public Task<Game?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) => Task.FromResult(_games.GetValueOrDefault(roomId));

    public Task SaveAsync(Game game, RoomFence? fence, CancellationToken cancellationToken)
    {
        _games[game.RoomId] = game;
        return Task.CompletedTask;
    }

    public Task SaveCanvasAsync(Game game, IReadOnlyList<PlayerId> receivers, RoomFence? fence, CancellationToken cancellationToken) =>
        SaveAsync(game, fence, cancellationToken);

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        _games.TryRemove(roomId, out _);
        return Task.CompletedTask;
    }

    public Task<int> CountRunningAsync(CancellationToken cancellationToken) => Task.FromResult(_games.Values.Count(g => g.IsRunning));
}
