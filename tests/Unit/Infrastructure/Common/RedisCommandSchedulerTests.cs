using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.UnitTests.Infrastructure.Common;

public sealed class RedisCommandSchedulerTests
{
    private static readonly DateTimeOffset Millisecond = DateTimeOffset.FromUnixTimeMilliseconds(1_767_268_800_000);

    [Fact]
    public void A_due_time_between_two_milliseconds_is_stored_as_the_later_one_so_the_poller_never_claims_it_early()
    {
        RedisCommandScheduler.DueScore(Millisecond + TimeSpan.FromTicks(1)).ShouldBe(Millisecond.ToUnixTimeMilliseconds() + 1);
        RedisCommandScheduler.DueScore(Millisecond + TimeSpan.FromTicks(9_999)).ShouldBe(Millisecond.ToUnixTimeMilliseconds() + 1);
    }

    [Fact]
    public void A_due_time_on_a_whole_millisecond_is_stored_as_it_is()
    {
        RedisCommandScheduler.DueScore(Millisecond).ShouldBe(Millisecond.ToUnixTimeMilliseconds());
    }
}
