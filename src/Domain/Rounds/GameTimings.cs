namespace DrawGuess.Domain.Rounds;

/// <summary>Phase lengths that are not room settings.</summary>
public sealed record GameTimings(TimeSpan Choosing, TimeSpan Reveal, TimeSpan DrawerGrace)
{
    public static readonly GameTimings Standard = new(TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
}
