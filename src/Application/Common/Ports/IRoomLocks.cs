using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Common.Ports;

/// <summary>One room's commands run one at a time; different rooms run in parallel.</summary>
public interface IRoomLocks
{
    Task<IDisposable> AcquireAsync(RoomId roomId, CancellationToken cancellationToken);
}
