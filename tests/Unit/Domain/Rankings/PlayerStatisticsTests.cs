using DrawGuess.Domain.Rankings;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rankings;

public sealed class PlayerStatisticsTests
{
    private static readonly Guid Ann = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly DateTimeOffset T0 = ManualClock.DefaultStart;

    [Fact]
    public void A_game_stored_late_counts_but_keeps_the_name_and_last_played_time_of_the_latest_game()
    {
        var stats = PlayerStatistics.StartFor(Ann);

        stats.Add(new PlayerResult(Ann, "Ann B.", 500, 1, 3, 4), T0.AddHours(2));
        stats.Add(new PlayerResult(Ann, "Ann", 300, 2, 2, 1), T0);

        (stats.Games, stats.TotalScore).ShouldBe((2, 800L));
        stats.Name.ShouldBe("Ann B.");
        stats.LastPlayedAt.ShouldBe(T0.AddHours(2));
    }

    [Fact]
    public void A_new_player_has_empty_statistics()
    {
        var stats = PlayerStatistics.StartFor(Ann);

        stats.PlayerId.ShouldBe(Ann);
        (stats.TotalScore, stats.Games, stats.Wins, stats.BestScore, stats.WinRate).ShouldBe((0L, 0, 0, 0, 0d));
    }

    [Fact]
    public void Adding_games_sums_totals_counts_wins_and_keeps_the_best_score()
    {
        var stats = PlayerStatistics.StartFor(Ann);

        stats.Add(new PlayerResult(Ann, "Ann", 700, 1, 3, 5), T0);
        stats.Add(new PlayerResult(Ann, "Ann", 900, 2, 3, 6), T0.AddHours(1));
        stats.Add(new PlayerResult(Ann, "Ann", 300, 3, 2, 1), T0.AddHours(2));
        stats.Add(new PlayerResult(Ann, "Ann", 500, 1, 3, 4), T0.AddHours(3));

        stats.TotalScore.ShouldBe(2400);
        stats.Games.ShouldBe(4);
        stats.Wins.ShouldBe(2);
        stats.BestScore.ShouldBe(900);
        stats.WinRate.ShouldBe(0.5);
        stats.TurnsDrawn.ShouldBe(11);
        stats.CorrectGuesses.ShouldBe(16);
        stats.LastPlayedAt.ShouldBe(T0.AddHours(3));
    }

    [Fact]
    public void The_win_rate_is_wins_over_games()
    {
        var stats = PlayerStatistics.StartFor(Ann);

        stats.Add(new PlayerResult(Ann, "Ann", 100, 1, 1, 1), T0);
        stats.Add(new PlayerResult(Ann, "Ann", 100, 2, 1, 1), T0);
        stats.Add(new PlayerResult(Ann, "Ann", 100, 2, 1, 1), T0);

        stats.WinRate.ShouldBe(1d / 3, tolerance: 1e-12);
    }

    [Fact]
    public void The_latest_name_is_shown()
    {
        var stats = PlayerStatistics.StartFor(Ann);

        stats.Add(new PlayerResult(Ann, "Ann", 100, 1, 1, 1), T0);
        stats.Add(new PlayerResult(Ann, "Annie", 50, 2, 1, 1), T0.AddDays(1));

        stats.Name.ShouldBe("Annie");
    }

    [Fact]
    public void First_place_in_a_game_without_points_is_not_a_win()
    {
        var stats = PlayerStatistics.StartFor(Ann);

        stats.Add(new PlayerResult(Ann, "Ann", 0, 1, 1, 0), T0);

        (stats.Games, stats.Wins, stats.WinRate, stats.BestScore).ShouldBe((1, 0, 0d, 0));
    }

    [Fact]
    public void Likes_received_add_up_over_games()
    {
        var stats = PlayerStatistics.StartFor(Ann);

        stats.Add(new PlayerResult(Ann, "Ann", 100, 1, 1, 1, likesReceived: 3), T0);
        stats.Add(new PlayerResult(Ann, "Ann", 100, 2, 1, 1, likesReceived: 2), T0.AddHours(1));

        stats.LikesReceived.ShouldBe(5);
    }
}
