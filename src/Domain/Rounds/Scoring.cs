namespace DrawGuess.Domain.Rounds;

/// <summary>The points rules, documented with a worked example in README.md.</summary>
public static class Scoring
{
    public const int GuesserBase = 50;
    public const int GuesserTimeBonus = 250;
    public const int FirstGuesserOrderBonus = 50;
    public const int OrderBonusStep = 10;
    public const int DrawerMaximum = 200;

    /// <param name="drawingSeconds">Length of the drawing phase (D).</param>
    /// <param name="elapsed">Time from the start of drawing to the guess (t).</param>
    /// <param name="order">1 for the first correct guesser, 2 for the second, ...</param>
    public static int GuesserPoints(int drawingSeconds, TimeSpan elapsed, int order)
    {
        var total = TimeSpan.FromSeconds(drawingSeconds);
        var remaining = total - elapsed;
        if (remaining < TimeSpan.Zero) remaining = TimeSpan.Zero;
        if (remaining > total) remaining = total;
        var timePoints = (int)Math.Floor(GuesserTimeBonus * remaining.TotalMilliseconds / total.TotalMilliseconds);
        var orderBonus = Math.Max(0, FirstGuesserOrderBonus + OrderBonusStep - OrderBonusStep * order);
        return GuesserBase + timePoints + orderBonus;
    }

    /// <param name="correctGuessers">Eligible guessers who guessed (k).</param>
    /// <param name="eligibleGuessers">Guessers present when drawing began (n).</param>
    public static int DrawerPoints(int correctGuessers, int eligibleGuessers) =>
        eligibleGuessers == 0 ? 0 : DrawerMaximum * Math.Min(correctGuessers, eligibleGuessers) / eligibleGuessers;
}
