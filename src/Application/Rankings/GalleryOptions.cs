namespace DrawGuess.Application.Rankings;

public sealed class GalleryOptions
{
    public const string Section = "Gallery";

    /// <summary>How long a finished game's gallery stays reachable.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired galleries are deleted from the rankings database.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
