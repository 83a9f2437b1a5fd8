using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.Common;

public sealed class HeldUnderLeaseTests
{
    private readonly ManualClock _clock = new();
    private readonly HeldUnderLease<string> _held;
    private readonly RoomId _room = RoomId.New();
    private readonly RoomId _otherRoom = RoomId.New();

    public HeldUnderLeaseTests() => _held = new HeldUnderLease<string>(_clock);

    [Fact]
    public void What_was_held_under_a_lease_of_the_same_run_is_reused()
    {
        _held.Hold(_room, new RoomFence("t1", 1), "state");

        _held.Reuse(_room, new RoomFence("t2", 1)).ShouldBe("state");
        _held.Reuse(_room, new RoomFence("t3", 1)).ShouldBe("state", "every later lease of the run reuses it");
    }

    [Fact]
    public void Under_a_lease_of_another_run_it_is_read_again()
    {
        _held.Hold(_room, new RoomFence("t1", 1), "state");

        _held.Reuse(_room, new RoomFence("t3", 2)).ShouldBeNull();
        _held.Reuse(_room, new RoomFence("t4", 1)).ShouldBeNull("a miss forgets it");
    }

    [Fact]
    public void Nothing_is_held_or_reused_without_the_rooms_lease()
    {
        _held.Hold(_room, fence: null, "state");

        _held.Reuse(_room, new RoomFence("t1", 1)).ShouldBeNull();
        _held.Reuse(_room, new RoomFence("t2", 1)).ShouldBeNull();
    }

    [Fact]
    public void A_room_unused_for_the_keeping_time_is_let_go_while_another_is_held()
    {
        _held.Hold(_room, new RoomFence("t1", 1), "state");
        _clock.Advance(RoomsInUse<object>.KeptFor + TimeSpan.FromSeconds(1));

        _held.Hold(_otherRoom, new RoomFence("o1", 2), "other");

        _held.Reuse(_room, new RoomFence("t2", 1)).ShouldBeNull("it was let go, so it is read again");
        _held.Reuse(_otherRoom, new RoomFence("o2", 2)).ShouldBe("other");
    }
}
