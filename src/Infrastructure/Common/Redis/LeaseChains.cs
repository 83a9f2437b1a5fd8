using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Numbers the runs of leases this instance is granted on a room one after another. A grant whose
/// previous lease was this instance's last one on the room continues that run; any other grant
/// (another instance held the room in between, or Redis no longer knows the previous grant) starts a
/// new one. State kept under one lease of a run is current under every later lease of the same run,
/// whatever those leases were taken for: a chat log stays current through the strokes drawn between
/// two messages.
/// </summary>
internal sealed class LeaseChains(TimeProvider clock)
{
    private readonly RoomsInUse<LastGrant> _last = new(clock);
    private long _lastChain;

    /// <summary>Called once per grant, under the room's local lock, so grants of one room never race here.</summary>
    public RoomFence Granted(RoomId roomId, string token, string previousToken, out bool newRun)
    {
        var continued = _last.Find(roomId) is { } last && last.Token == previousToken ? last : null;
        newRun = continued is null;
        var chain = continued?.Chain ?? Interlocked.Increment(ref _lastChain);
        _last.Set(roomId, new LastGrant(token, chain));
        return new RoomFence(token, chain);
    }

    /// <summary>Whatever lease is granted next on the room starts a new run.</summary>
    public void End(RoomId roomId) => _last.Remove(roomId);

    private sealed record LastGrant(string Token, long Chain);
}
