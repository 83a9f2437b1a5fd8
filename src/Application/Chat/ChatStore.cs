using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat;

internal sealed class ChatStore(IChatRepository chats) : IRoomStateStore<ChatLog>
{
    public async Task<ChatLog?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) =>
        await chats.GetAsync(roomId, fence, cancellationToken);

    public Task SaveAsync(IRoomUnitOfWork room, ChatLog state, long? loadedVersion, RoomFence? fence, CancellationToken cancellationToken) =>
        chats.SaveAsync(room.RoomId, state, fence, cancellationToken);

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) => chats.RemoveAsync(roomId, cancellationToken);
}
