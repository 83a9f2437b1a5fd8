using System.Collections.Concurrent;
using DrawGuess.Application.Rankings;
using DrawGuess.Domain.Rankings;

namespace DrawGuess.UnitTests.Support;

internal sealed class InMemoryResultOutbox : IResultOutbox
{
    private readonly ConcurrentDictionary<Guid, GameResult> _pending = new();

    public IReadOnlyCollection<GameResult> Pending => _pending.Values.ToArray();

    public Task AddAsync(GameResult result, CancellationToken cancellationToken)
    {
        _pending[result.GameId] = result;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<GameResult>> PendingAsync(int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<GameResult>>(_pending.Values.Take(limit).ToArray());

    public Task RemoveAsync(Guid gameId, CancellationToken cancellationToken)
    {
        _pending.TryRemove(gameId, out _);
        return Task.CompletedTask;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(_pending.Count);
}
