using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.UnitTests.Support;
using Shouldly;
using Xunit;

namespace DrawGuess.UnitTests.Infrastructure.Common;

public sealed class ThreadPoolFloorTests : IDisposable
{
    private const int RuntimeMinimum = 1;
    private readonly ManualClock _clock = new();
    private readonly List<int> _minimums = [];
    private readonly ThreadPoolFloor _floor;
    private bool _connected;

    public ThreadPoolFloorTests()
    {
        _floor = new ThreadPoolFloor(_clock, RuntimeMinimum, _minimums.Add);
    }

    private int Minimum => _minimums[^1];

    [Fact]
    public void Until_the_connection_is_up_the_floor_stays_raised()
    {
        Minimum.ShouldBe(ThreadPoolFloor.DuringOutage);
        _floor.Watch(() => _connected);

        _clock.Advance(ThreadPoolFloor.Settle * 3);
        _floor.LowerIfSettled();

        Minimum.ShouldBe(ThreadPoolFloor.DuringOutage);
    }

    [Fact]
    public void Once_connected_for_the_settle_time_the_runtime_minimum_is_back()
    {
        _floor.Watch(() => _connected);
        _connected = true;
        _floor.ConnectionRestored();

        LowersExactlyOnceSettled();
    }

    [Fact]
    public void A_failure_raises_the_floor_at_once_and_keeps_it_raised_through_the_switch_to_a_new_primary()
    {
        SettledAndLowered();

        _floor.ConnectionFailed();
        Minimum.ShouldBe(ThreadPoolFloor.DuringOutage);

        _clock.AdvanceSeconds(5);
        _floor.ConnectionRestored(); // on the promoted primary

        LowersExactlyOnceSettled();
    }

    [Fact]
    public void Through_a_long_outage_the_floor_stays_raised()
    {
        SettledAndLowered();

        _connected = false;
        _floor.ConnectionFailed();
        _clock.Advance(ThreadPoolFloor.Settle * 10);
        _floor.LowerIfSettled();

        Minimum.ShouldBe(ThreadPoolFloor.DuringOutage);
    }

    [Fact]
    public void Every_watched_connection_must_be_up()
    {
        var backplaneUp = false;
        _floor.Watch(() => _connected);
        _floor.Watch(() => backplaneUp);
        _connected = true;

        _clock.Advance(ThreadPoolFloor.Settle);
        _floor.LowerIfSettled();
        Minimum.ShouldBe(ThreadPoolFloor.DuringOutage);

        backplaneUp = true;
        _floor.LowerIfSettled();
        Minimum.ShouldBe(RuntimeMinimum);
    }

    [Fact]
    public void The_minimum_is_set_only_when_it_changes()
    {
        SettledAndLowered();
        _floor.ConnectionFailed();
        _floor.ConnectionFailed();
        _clock.Advance(ThreadPoolFloor.Settle);
        _floor.LowerIfSettled();
        _floor.LowerIfSettled();

        _minimums.ShouldBe([ThreadPoolFloor.DuringOutage, RuntimeMinimum, ThreadPoolFloor.DuringOutage, RuntimeMinimum]);
    }

    /// <summary>Raised until <see cref="ThreadPoolFloor.Settle"/> after the last connection event, back down from then on.</summary>
    private void LowersExactlyOnceSettled()
    {
        _clock.Advance(ThreadPoolFloor.Settle - TimeSpan.FromSeconds(1));
        _floor.LowerIfSettled();
        Minimum.ShouldBe(ThreadPoolFloor.DuringOutage);

        _clock.AdvanceSeconds(1);
        _floor.LowerIfSettled();
        Minimum.ShouldBe(RuntimeMinimum);
    }

    private void SettledAndLowered()
    {
        _floor.Watch(() => _connected);
        _connected = true;
        _clock.Advance(ThreadPoolFloor.Settle);
        _floor.LowerIfSettled();
        Minimum.ShouldBe(RuntimeMinimum);
    }

    public void Dispose() => _floor.Dispose();
}
