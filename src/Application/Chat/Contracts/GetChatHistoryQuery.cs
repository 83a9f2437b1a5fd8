using DrawGuess.Domain.SharedKernel;
using MediatR;

namespace DrawGuess.Application.Chat.Contracts;

/// <summary>The last 50 messages of the room that <paramref name="ViewerId"/> may read.</summary>
public sealed record GetChatHistoryQuery(RoomId RoomId, PlayerId ViewerId) : IRequest<IReadOnlyList<ChatMessageDto>>;
