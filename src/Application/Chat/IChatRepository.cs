using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat;

public interface IChatRepository
{
    /// <summary>The room's chat log, created empty on first use.</summary>
    Task<ChatLog> GetAsync(RoomId roomId, CancellationToken cancellationToken);

    Task SaveAsync(RoomId roomId, ChatLog log, CancellationToken cancellationToken);

    Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken);
}
