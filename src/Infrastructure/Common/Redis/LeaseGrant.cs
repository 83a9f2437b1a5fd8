namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// A room lease this instance was granted, and the run of this instance's leases on the room it
/// belongs to (<see cref="LeaseChains"/>): state kept under any lease of the same run is current.
/// </summary>
internal sealed record LeaseGrant(string Token, long Chain);
