using DrawGuess.IntegrationTests.Support;
using DrawGuess.WebApi.Realtime;

namespace DrawGuess.IntegrationTests.Protocol;

/// <summary>Which connections of another instance are told to resync (ADR 0024), and how many a stranger's traffic can make an instance remember.</summary>
public sealed class MissedDeliveriesTests
{
    private readonly ManualClock _clock = new();
    private readonly MissedDeliveries _missed;

    public MissedDeliveriesTests() => _missed = new MissedDeliveries(_clock);

    [Fact]
    public void The_connections_an_instance_missed_are_handed_out_once_each_and_only_for_that_instance()
    {
        _missed.Record("b", ["c1", "c2"]);
        _missed.Record("b", ["c2", "c3"]);
        _missed.Record("c", ["c9"]);

        _missed.TakeFor("a").ShouldBeNull();
        _missed.TakeFor("b")!.Order().ShouldBe(["c1", "c2", "c3"]);
        _missed.TakeFor("b").ShouldBeNull("they were told once");
        _missed.TakeFor("c").ShouldBe(["c9"]);
    }

    [Fact]
    public void At_most_the_capacity_is_remembered_and_room_comes_back_as_they_are_handed_out()
    {
        _missed.Record("b", Enumerable.Range(0, MissedDeliveries.Capacity + 5).Select(i => $"b{i}"));
        _missed.Record("c", ["c1"]);

        _missed.TakeFor("b")!.Length.ShouldBe(MissedDeliveries.Capacity);
        _missed.TakeFor("c").ShouldBeNull("nothing was left to remember it in");
        _missed.Record("c", ["c1"]);
        _missed.TakeFor("c").ShouldBe(["c1"]);
    }

    [Fact]
    public void An_instance_that_has_not_subscribed_again_a_minute_after_its_first_miss_is_taken_for_stopped()
    {
        _missed.Record("gone", Enumerable.Range(0, MissedDeliveries.Capacity).Select(i => $"g{i}"));
        _clock.Advance(MissedDeliveries.GivenUpAfter);

        _missed.Record("b", ["c1"]);

        _missed.TakeFor("b").ShouldBe(["c1"], "the stopped instance's entries no longer fill the capacity");
        _missed.TakeFor("gone").ShouldBeNull();
    }
}
