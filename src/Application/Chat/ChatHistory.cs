using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat;

internal sealed class ChatHistory : IChatHistory
{
    public async Task<IReadOnlyList<ChatMessageDto>> VisibleToAsync(IRoomUnitOfWork room, PlayerId viewer, CancellationToken cancellationToken) =>
        (await room.ChatAsync(cancellationToken)).VisibleTo(viewer).Select(ChatViews.ToDto).ToArray();
}
