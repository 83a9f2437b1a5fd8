using DrawGuess.Domain.Rounds;

namespace DrawGuess.Application.Rounds;

public sealed class RoundsOptions
{
    public const string Section = "Rounds";

    public TimeSpan Choosing { get; set; } = GameTimings.Standard.Choosing;
    public TimeSpan Reveal { get; set; } = GameTimings.Standard.Reveal;
    public TimeSpan DisconnectGrace { get; set; } = GameTimings.Standard.DisconnectGrace;

    public GameTimings ToTimings() => new(Choosing, Reveal, DisconnectGrace);
}
