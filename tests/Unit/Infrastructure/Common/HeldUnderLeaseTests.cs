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
    public void What_was_held_under_the_lease_granted_just_before_is_reused()
    {
        UnderLease(_room, "t1", previous: "", () => _held.Hold(_room, "state"));

        UnderLease(_room, "t2", previous: "t1", () => _held.Reuse(_room).ShouldBe("state"));
        UnderLease(_room, "t3", previous: "t2", () => _held.Reuse(_room).ShouldBe("state", "a reuse carries it over to the next lease"));
    }

    [Fact]
    public void After_a_lease_granted_to_someone_else_it_is_read_again()
    {
        UnderLease(_room, "t1", previous: "", () => _held.Hold(_room, "state"));

        UnderLease(_room, "t3", previous: "t2", () => _held.Reuse(_room).ShouldBeNull());
        UnderLease(_room, "t4", previous: "t3", () => _held.Reuse(_room).ShouldBeNull("a miss forgets it"));
    }

    [Fact]
    public void Nothing_is_held_or_reused_without_the_rooms_lease()
    {
        _held.Hold(_room, "state");

        UnderLease(_room, "t1", previous: "", () => _held.Reuse(_room).ShouldBeNull());
        UnderLease(_otherRoom, "t2", previous: "t1", () => _held.Reuse(_room).ShouldBeNull());
    }

    [Fact]
    public void A_room_unused_for_the_keeping_time_is_let_go_while_another_is_held()
    {
        UnderLease(_room, "t1", previous: "", () => _held.Hold(_room, "state"));
        _clock.Advance(HeldUnderLease<string>.KeptFor + TimeSpan.FromSeconds(1));

        UnderLease(_otherRoom, "o1", previous: "", () => _held.Hold(_otherRoom, "other"));

        UnderLease(_room, "t2", previous: "t1", () => _held.Reuse(_room).ShouldBeNull("it was let go, so it is read again"));
        UnderLease(_otherRoom, "o2", previous: "o1", () => _held.Reuse(_otherRoom).ShouldBe("other"));
    }

    private static void UnderLease(RoomId roomId, string token, string previous, Action act)
    {
        var scope = RoomLeaseScope.Enter(roomId);
        try
        {
            scope.Granted(new LeaseGrant(token, previous));
            act();
        }
        finally
        {
            scope.Exit();
        }
    }
}
