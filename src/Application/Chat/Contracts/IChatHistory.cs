using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat.Contracts;

public interface IChatHistory
{
    /// <summary>The last 50 messages of the room that <paramref name="viewer"/> may read.</summary>
    Task<IReadOnlyList<ChatMessageDto>> VisibleToAsync(IRoomUnitOfWork room, PlayerId viewer, CancellationToken cancellationToken);
}
