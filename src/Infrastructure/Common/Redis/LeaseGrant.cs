namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>A room lease this instance was granted, and the token of the lease granted on the room just before it.</summary>
internal sealed record LeaseGrant(string Token, string PreviousToken)
{
    /// <summary>
    /// True when what this instance read or stored under the lease <paramref name="heldUnder"/> is
    /// still current: it is this lease, or no lease was granted between that one and this one, so
    /// nobody else can have changed the room's state since.
    /// </summary>
    public bool KeepsCurrent(string heldUnder) => heldUnder == Token || heldUnder == PreviousToken;
}
