using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// What this instance last read or stored of each room while it held the room's lease, to reuse
/// under a later lease of the same run (<see cref="LeaseChains"/>): no other instance held the room
/// in between, so nobody else can have changed it, and reading it back from Redis would return the same.
/// </summary>
internal sealed class HeldUnderLease<T>(TimeProvider clock) where T : class
{
    private readonly RoomsInUse<Held> _held = new(clock);

    /// <summary>The state held for <paramref name="roomId"/> if it is still current under <paramref name="fence"/>; otherwise forgets it.</summary>
    public T? Reuse(RoomId roomId, RoomFence? fence)
    {
        if (fence is not null && _held.Use(roomId) is { } held && held.Chain == fence.Chain)
            return held.State;
        _held.Remove(roomId);
        return null;
    }

    /// <summary>Keeps <paramref name="state"/>, just read or stored, when the caller holds the room's lease (<paramref name="fence"/>).</summary>
    public void Hold(RoomId roomId, RoomFence? fence, T state)
    {
        if (fence is not null) _held.Set(roomId, new Held(fence.Chain, state));
    }

    /// <summary>Before a write: should it fail, what Redis holds is unknown.</summary>
    public void Forget(RoomId roomId) => _held.Remove(roomId);

    private sealed record Held(long Chain, T State);
}
