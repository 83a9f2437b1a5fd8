namespace DrawGuess.Domain.Rounds;

/// <summary>Phase lengths that are not room settings. A player disconnected longer than <see cref="DisconnectGrace"/> no longer holds up a turn.</summary>
public sealed record GameTimings(TimeSpan Choosing, TimeSpan Reveal, TimeSpan DisconnectGrace)
{
    public static readonly GameTimings Standard = new(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
}
