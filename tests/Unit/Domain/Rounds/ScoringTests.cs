using DrawGuess.Domain.Rounds;

namespace DrawGuess.UnitTests.Domain.Rounds;

public sealed class ScoringTests
{
    [Theory]
    [InlineData(80, 0, 1, 350)]      // instant first guess: 50 + 250 + 50
    [InlineData(80, 20_000, 1, 287)] // 50 + floor(250 * 60 / 80) = 50 + 187, + 50
    [InlineData(80, 20_000, 2, 277)] // second guesser: order bonus 40
    [InlineData(80, 80_000, 6, 50)]  // last moment, sixth: base only
    [InlineData(80, 90_000, 1, 100)] // a late guess never goes below the base
    public void Guesser_points_fall_with_time_taken_and_order(int drawingSeconds, int elapsedMs, int order, int expected) =>
        Scoring.GuesserPoints(drawingSeconds, TimeSpan.FromMilliseconds(elapsedMs), order).ShouldBe(expected);

    [Theory]
    [InlineData(0, 3, 0)]
    [InlineData(1, 3, 66)]
    [InlineData(2, 3, 133)]
    [InlineData(3, 3, 200)]
    [InlineData(1, 1, 200)] // two-player game: the only guesser got it
    [InlineData(0, 0, 0)]
    public void Drawer_points_grow_with_the_share_of_eligible_guessers(int correct, int eligible, int expected) =>
        Scoring.DrawerPoints(correct, eligible).ShouldBe(expected);
}
