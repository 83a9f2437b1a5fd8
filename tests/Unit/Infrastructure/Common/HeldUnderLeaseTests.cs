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
        UnderLease(_room, "t1", chain: 1, () => _held.Hold(_room, "state"));

        UnderLease(_room, "t2", chain: 1, () => _held.Reuse(_room).ShouldBe("state"));
        UnderLease(_room, "t3", chain: 1, () => _held.Reuse(_room).ShouldBe("state", "every later lease of the run reuses it"));
    }

    [Fact]
    public void Under_a_lease_of_another_run_it_is_read_again()
    {
        UnderLease(_room, "t1", chain: 1, () => _held.Hold(_room, "state"));

        UnderLease(_room, "t3", chain: 2, () => _held.Reuse(_room).ShouldBeNull());
        UnderLease(_room, "t4", chain: 1, () => _held.Reuse(_room).ShouldBeNull("a miss forgets it"));
    }

    [Fact]
    public void Nothing_is_held_or_reused_without_the_rooms_lease()
    {
        _held.Hold(_room, "state");

        UnderLease(_room, "t1", chain: 1, () => _held.Reuse(_room).ShouldBeNull());
        UnderLease(_otherRoom, "t2", chain: 1, () => _held.Reuse(_room).ShouldBeNull());
    }

    [Fact]
    public void A_room_unused_for_the_keeping_time_is_let_go_while_another_is_held()
    {
        UnderLease(_room, "t1", chain: 1, () => _held.Hold(_room, "state"));
        _clock.Advance(RoomsInUse<object>.KeptFor + TimeSpan.FromSeconds(1));

        UnderLease(_otherRoom, "o1", chain: 2, () => _held.Hold(_otherRoom, "other"));

        UnderLease(_room, "t2", chain: 1, () => _held.Reuse(_room).ShouldBeNull("it was let go, so it is read again"));
        UnderLease(_otherRoom, "o2", chain: 2, () => _held.Reuse(_otherRoom).ShouldBe("other"));
    }

    private static void UnderLease(RoomId roomId, string token, long chain, Action act)
    {
        var scope = RoomLeaseScope.Enter(roomId);
        try
        {
            scope.Granted(new LeaseGrant(token, chain));
            act();
        }
        finally
        {
            scope.Exit();
        }
    }
}
