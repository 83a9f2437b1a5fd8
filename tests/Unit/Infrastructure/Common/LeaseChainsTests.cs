using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.Common;

public sealed class LeaseChainsTests
{
    private readonly ManualClock _clock = new();
    private readonly LeaseChains _chains;
    private readonly RoomId _room = RoomId.New();
    private readonly RoomId _otherRoom = RoomId.New();

    public LeaseChainsTests() => _chains = new LeaseChains(_clock);

    [Fact]
    public void Grants_that_follow_this_instances_own_last_grant_form_one_run()
    {
        var first = _chains.Granted(_room, "t1", previousToken: "", out _);
        var second = _chains.Granted(_room, "t2", previousToken: "t1", out _);
        var third = _chains.Granted(_room, "t3", previousToken: "t2", out _);

        second.Chain.ShouldBe(first.Chain);
        third.Chain.ShouldBe(first.Chain);
        third.Token.ShouldBe("t3");
    }

    [Fact]
    public void A_grant_after_a_lease_this_instance_was_not_granted_starts_a_new_run()
    {
        var first = _chains.Granted(_room, "t1", previousToken: "", out var firstIsNew);
        var afterSomeoneElse = _chains.Granted(_room, "t3", previousToken: "t2", out var afterSomeoneElseIsNew);
        var next = _chains.Granted(_room, "t4", previousToken: "t3", out var nextIsNew);

        afterSomeoneElse.Chain.ShouldNotBe(first.Chain);
        next.Chain.ShouldBe(afterSomeoneElse.Chain);
        (firstIsNew, afterSomeoneElseIsNew, nextIsNew).ShouldBe((true, true, false), "the stores are told of each new run");
    }

    [Fact]
    public void A_grant_Redis_knows_no_previous_lease_of_starts_a_new_run()
    {
        var first = _chains.Granted(_room, "t1", previousToken: "", out _);

        _chains.Granted(_room, "t2", previousToken: "", out _).Chain.ShouldNotBe(first.Chain, "the record of t1 ran out or Redis restarted");
    }

    [Fact]
    public void A_run_ended_after_a_failed_command_is_not_continued_by_this_instances_next_grant()
    {
        var first = _chains.Granted(_room, "t1", previousToken: "", out _);
        _chains.End(_room);

        _chains.Granted(_room, "t2", previousToken: "t1", out _).Chain.ShouldNotBe(first.Chain, "what was kept under t1 may hold changes never stored");
    }

    [Fact]
    public void Each_room_has_runs_of_its_own()
    {
        var room = _chains.Granted(_room, "t1", previousToken: "", out _);
        var otherRoom = _chains.Granted(_otherRoom, "o1", previousToken: "", out _);

        otherRoom.Chain.ShouldNotBe(room.Chain);
        _chains.Granted(_otherRoom, "o2", previousToken: "t1", out _).Chain.ShouldNotBe(room.Chain, "a token of another room continues nothing");
    }

    [Fact]
    public void A_room_not_leased_here_for_the_keeping_time_starts_a_new_run()
    {
        var first = _chains.Granted(_room, "t1", previousToken: "", out _);
        _clock.Advance(RoomsInUse<object>.KeptFor + TimeSpan.FromSeconds(1));
        _chains.Granted(_otherRoom, "o1", previousToken: "", out _);

        _chains.Granted(_room, "t2", previousToken: "t1", out _).Chain.ShouldNotBe(first.Chain);
    }
}
