using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Common.Ports;

/// <summary>One room's commands run one at a time; different rooms run in parallel.</summary>
public interface IRoomLocks
{
    Task<IRoomLock> AcquireAsync(RoomId roomId, CancellationToken cancellationToken);
}

/// <summary>A held room lock; disposing it lets the next command in.</summary>
public interface IRoomLock : IDisposable
{
    /// <summary>What the stores need to know of this hold (the shared lease behind it), or null for an in-process lock.</summary>
    RoomFence? Fence { get; }

    /// <summary>
    /// The command failed, maybe halfway: after it changed state it loaded and before that was stored.
    /// Nothing the stores kept under this hold may serve a later command; they read the room again.
    /// </summary>
    void CommandFailed();
}

/// <param name="Token">The lease this hold runs under.</param>
/// <param name="Chain">
/// The run of leases this instance was granted on the room one after another, nobody else holding it in
/// between: state a store kept under one lease of a run is still current under every later lease of the run.
/// </param>
public sealed record RoomFence(string Token, long Chain);
