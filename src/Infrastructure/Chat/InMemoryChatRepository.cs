using System.Collections.Concurrent;
using DrawGuess.Application.Chat;
using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Chat;

internal sealed class InMemoryChatRepository : IChatRepository
{
    private readonly ConcurrentDictionary<RoomId, ChatLog> _logs = new();

    public Task<ChatLog> GetAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) => Task.FromResult(_logs.GetOrAdd(roomId, _ => new ChatLog()));

    public Task SaveAsync(RoomId roomId, ChatLog log, IReadOnlyList<PlayerId> readers, RoomFence? fence, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        _logs.TryRemove(roomId, out _);
        return Task.CompletedTask;
    }
}
