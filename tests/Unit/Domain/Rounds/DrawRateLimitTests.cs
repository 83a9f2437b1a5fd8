using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rounds;

public sealed class DrawRateLimitTests
{
    private static readonly DateTimeOffset T0 = ManualClock.DefaultStart;

    private static void TakeMany(DrawRateLimit limit, int count, DateTimeOffset now)
    {
        for (var i = 0; i < count; i++) limit.Take(now);
    }

    private static void ShouldBeLimited(DrawRateLimit limit, DateTimeOffset now) =>
        Should.Throw<GameRuleException>(() => limit.Take(now)).Code.ShouldBe(ErrorCodes.RateLimited);

    [Fact]
    public void A_burst_of_120_is_allowed_and_the_121st_is_RATE_LIMITED()
    {
        var limit = new DrawRateLimit(T0);

        TakeMany(limit, 120, T0);

        ShouldBeLimited(limit, T0);
    }

    [Fact]
    public void The_bucket_refills_60_per_second()
    {
        var limit = new DrawRateLimit(T0);
        TakeMany(limit, 120, T0);
        var oneSecondLater = T0 + TimeSpan.FromSeconds(1);

        TakeMany(limit, 60, oneSecondLater);

        ShouldBeLimited(limit, oneSecondLater);
    }

    [Fact]
    public void Half_a_second_refills_30()
    {
        var limit = new DrawRateLimit(T0);
        TakeMany(limit, 120, T0);
        var later = T0 + TimeSpan.FromMilliseconds(500);

        TakeMany(limit, 30, later);

        ShouldBeLimited(limit, later);
    }

    [Fact]
    public void A_steady_60_per_second_is_never_limited()
    {
        var limit = new DrawRateLimit(T0);

        for (var i = 0; i < 6_000; i++)
            Should.NotThrow(() => limit.Take(T0 + TimeSpan.FromMilliseconds(i * 1000.0 / 60)));
    }

    [Fact]
    public void A_steady_120_per_second_runs_out_after_about_two_seconds()
    {
        // Net drain of 60 per second empties the 120 burst in 2 s (about 240 calls).
        var limit = new DrawRateLimit(T0);
        var accepted = 0;
        try
        {
            for (var i = 0; i < 1_000; i++)
            {
                limit.Take(T0 + TimeSpan.FromMilliseconds(i * 1000.0 / 120));
                accepted++;
            }
        }
        catch (GameRuleException e) when (e.Code == ErrorCodes.RateLimited)
        {
        }

        accepted.ShouldBeInRange(238, 242);
    }

    [Fact]
    public void The_bucket_never_holds_more_than_the_burst()
    {
        var limit = new DrawRateLimit(T0);
        var muchLater = T0 + TimeSpan.FromMinutes(10);

        TakeMany(limit, 120, muchLater);

        ShouldBeLimited(limit, muchLater);
    }

    [Fact]
    public void Refused_calls_do_not_use_up_the_refill()
    {
        var limit = new DrawRateLimit(T0);
        TakeMany(limit, 120, T0);
        for (var i = 0; i < 10; i++) ShouldBeLimited(limit, T0);

        var later = T0 + TimeSpan.FromSeconds(1);
        TakeMany(limit, 60, later);
        ShouldBeLimited(limit, later);
    }
}
