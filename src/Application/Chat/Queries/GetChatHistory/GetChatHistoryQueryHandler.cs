using DrawGuess.Application.Chat.Contracts;
using MediatR;

namespace DrawGuess.Application.Chat.Queries.GetChatHistory;

internal sealed class GetChatHistoryQueryHandler(IChatRepository chats) : IRequestHandler<GetChatHistoryQuery, IReadOnlyList<ChatMessageDto>>
{
    public async Task<IReadOnlyList<ChatMessageDto>> Handle(GetChatHistoryQuery request, CancellationToken cancellationToken) =>
        (await chats.GetAsync(request.RoomId, cancellationToken)).VisibleTo(request.ViewerId).Select(ChatViews.ToDto).ToArray();
}
