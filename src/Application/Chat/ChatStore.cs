using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat;

internal sealed class ChatStore(IChatRepository chats, IRoomMembers members) : IRoomStateStore<ChatLog>
{
    public async Task<ChatLog?> FindAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken) =>
        await chats.GetAsync(roomId, fence, cancellationToken);

    public async Task SaveAsync(IRoomUnitOfWork room, ChatLog state, long? loadedVersion, RoomFence? fence, CancellationToken cancellationToken)
    {
        IReadOnlyList<PlayerId> readers =
            [.. (await members.InAsync(room, cancellationToken)).Select(m => m.PlayerId), .. await members.SpectatorsAsync(room, cancellationToken)];
        await chats.SaveAsync(room.RoomId, state, readers, fence, cancellationToken);
    }

    public Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken) => chats.RemoveAsync(roomId, cancellationToken);
}
