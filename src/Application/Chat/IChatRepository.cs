using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Chat;

/// <summary>Each room's chat log. A <see cref="RoomFence"/> is passed by the room's unit of work, which holds the room's lock.</summary>
public interface IChatRepository
{
    /// <summary>The room's chat log, created empty on first use.</summary>
    Task<ChatLog> GetAsync(RoomId roomId, RoomFence? fence, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the log; <paramref name="readers"/> are everyone who may read the room's chat (its players and
    /// spectators), to whom the command's lines are sent once it returns.
    /// </summary>
    Task SaveAsync(RoomId roomId, ChatLog log, IReadOnlyList<PlayerId> readers, RoomFence? fence, CancellationToken cancellationToken);

    Task RemoveAsync(RoomId roomId, CancellationToken cancellationToken);
}
