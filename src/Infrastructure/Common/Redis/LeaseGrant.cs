namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>A room lease this instance was granted, and the token of the lease granted on the room just before it.</summary>
internal sealed record LeaseGrant(string Token, string PreviousToken)
{
    /// <summary>
    /// True when no lease was granted on the room between <paramref name="earlier"/> and this one:
    /// nobody else can have changed the room's state since, so what this instance held then is current.
    /// </summary>
    public bool DirectlyFollows(string earlier) => PreviousToken == earlier;
}
