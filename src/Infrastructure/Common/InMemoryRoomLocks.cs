using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common;

/// <summary>One semaphore per room, created on demand and dropped when nobody holds or waits for it.</summary>
internal sealed class InMemoryRoomLocks : IRoomLocks
{
    private readonly Dictionary<RoomId, (SemaphoreSlim Semaphore, int Users)> _locks = [];

    public async Task<IRoomLock> AcquireAsync(RoomId roomId, CancellationToken cancellationToken)
    {
        SemaphoreSlim semaphore;
        lock (_locks)
        {
            var entry = _locks.TryGetValue(roomId, out var existing) ? existing : (Semaphore: new SemaphoreSlim(1, 1), Users: 0);
            semaphore = entry.Semaphore;
            _locks[roomId] = (semaphore, entry.Users + 1);
        }
        try
        {
            await semaphore.WaitAsync(cancellationToken);
        }
        catch
        {
            Release(roomId, semaphore, held: false);
            throw;
        }
        return new Lease(this, roomId, semaphore);
    }

    private void Release(RoomId roomId, SemaphoreSlim semaphore, bool held)
    {
        if (held) semaphore.Release();
        lock (_locks)
        {
            var users = _locks[roomId].Users - 1;
            if (users == 0) _locks.Remove(roomId);
            else _locks[roomId] = (semaphore, users);
        }
    }

    private sealed class Lease(InMemoryRoomLocks owner, RoomId roomId, SemaphoreSlim semaphore) : IRoomLock
    {
        private int _disposed;

        public RoomFence? Fence => null;

        public void CommandFailed()
        {
            // In process, the stores hold no copy of a room beside the state itself.
        }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0) owner.Release(roomId, semaphore, held: true);
        }
    }
}
