using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds;

public enum AwardKind
{
    /// <summary>The drawing with the most likes; <see cref="Award.Value"/> is its likes.</summary>
    MostLikedDrawing,
    /// <summary>The quickest correct guess of the game; <see cref="Award.Value"/> is milliseconds from the start of drawing.</summary>
    FastestGuesser,
    /// <summary>The most points earned as drawer; <see cref="Award.Value"/> is those points.</summary>
    BestDrawer,
}

/// <param name="TurnId">The turn of the most liked drawing; null for the other awards.</param>
public sealed record Award(AwardKind Kind, PlayerId PlayerId, string Name, int Value, int? TurnId);
