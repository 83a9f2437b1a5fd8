using DrawGuess.Application.Players.Contracts;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Infrastructure.Players.Redis;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.Players;

public sealed class ReceiverConnectionCacheTests
{
    private readonly ManualClock _clock = new();
    private readonly ReceiverConnectionCache _cache;
    private readonly RoomId _room = RoomId.New();
    private readonly PlayerId _ann = PlayerId.New();
    private readonly PlayerId _bob = PlayerId.New();

    public ReceiverConnectionCacheTests() => _cache = new ReceiverConnectionCache(_clock);

    private static PlayerConnection At(string connectionId) => new(connectionId, "instance-1");

    [Fact]
    public void Receivers_looked_up_once_are_answered_from_the_cache_in_the_order_asked()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);
        _cache.Add(_bob, null, _room, _cache.Changes);

        _cache.Find([_bob, _ann]).ShouldBe([null, At("conn-a")]);
    }

    [Fact]
    public void A_receiver_not_held_makes_the_whole_lookup_miss()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);

        _cache.Find([_ann, _bob]).ShouldBeNull();
    }

    [Fact]
    public void A_receiver_whose_session_changed_is_looked_up_again()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);

        _cache.ForgetPlayer(_ann);

        _cache.Find([_ann]).ShouldBeNull();
    }

    [Fact]
    public void A_lookup_that_a_change_overtook_is_not_kept()
    {
        var changesBefore = _cache.Changes;
        _cache.ForgetPlayer(_ann); // e.g. she resumed on another instance while the lookup was in flight

        _cache.Add(_ann, At("conn-a"), _room, changesBefore);

        _cache.Find([_ann]).ShouldBeNull();
    }

    [Fact]
    public void Once_another_instance_may_have_held_the_room_its_receivers_are_looked_up_again_whatever_the_news()
    {
        var otherRoom = RoomId.New();
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);
        _cache.Add(_bob, At("conn-b"), otherRoom, _cache.Changes);

        ((IRoomLeaseObserver)_cache).NewRunOfLeases(_room);

        _cache.Find([_ann]).ShouldBeNull();
        _cache.Find([_bob]).ShouldBe([At("conn-b")]);
        _cache.Add(_ann, At("conn-a2"), _room, _cache.Changes);
        _cache.Find([_ann]).ShouldBe([At("conn-a2")]);
    }

    [Fact]
    public void An_entry_is_looked_up_again_after_the_longest_time_news_may_be_missing()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);

        _clock.Advance(CallerSessionCache.MaxAge);

        _cache.Find([_ann]).ShouldBeNull();
    }

    [Fact]
    public void A_lost_connection_to_Redis_forgets_everything()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);

        _cache.Clear();

        _cache.Find([_ann]).ShouldBeNull();
    }

    [Fact]
    public void Receivers_all_held_on_this_instance_or_without_a_connection_are_all_connected_to_it()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);
        _cache.Add(_bob, null, _room, _cache.Changes);

        _cache.AllConnectedTo("instance-1", [_ann, _bob]).ShouldBeTrue();
        _cache.AllConnectedTo("instance-2", [_ann, _bob]).ShouldBeFalse();
    }

    [Fact]
    public void A_receiver_on_another_instance_not_held_or_held_too_long_is_not_known_to_be_connected_here()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);
        _cache.Add(_bob, new PlayerConnection("conn-b", "instance-2"), _room, _cache.Changes);

        _cache.AllConnectedTo("instance-1", [_ann, _bob]).ShouldBeFalse();
        _cache.AllConnectedTo("instance-1", [_ann, PlayerId.New()]).ShouldBeFalse();
        _clock.Advance(CallerSessionCache.MaxAge);
        _cache.AllConnectedTo("instance-1", [_ann]).ShouldBeFalse();
    }

    [Fact]
    public void A_list_asked_for_again_is_answered_for_exactly_the_players_asked()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);
        _cache.Add(_bob, At("conn-b"), _room, _cache.Changes);
        _cache.Find([_ann, _bob]).ShouldBe([At("conn-a"), At("conn-b")]);

        _cache.Find([_ann]).ShouldBe([At("conn-a")]);
        _cache.Find([_ann, _bob]).ShouldBe([At("conn-a"), At("conn-b")]);
        _cache.Find([_bob, _ann]).ShouldBe([At("conn-b"), At("conn-a")]);
        _cache.Find([_ann, PlayerId.New()]).ShouldBeNull();
    }

    [Fact]
    public void A_list_asked_for_before_is_looked_up_again_once_any_of_its_players_changed_or_its_room_changed_hands()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);
        _cache.Add(_bob, At("conn-b"), _room, _cache.Changes);
        _cache.AllConnectedTo("instance-1", [_ann, _bob]).ShouldBeTrue();

        _cache.ForgetPlayer(_bob);

        _cache.Find([_ann, _bob]).ShouldBeNull();
        _cache.AllConnectedTo("instance-1", [_ann, _bob]).ShouldBeFalse();
        _cache.Add(_bob, new PlayerConnection("conn-b2", "instance-2"), _room, _cache.Changes);
        _cache.AllConnectedTo("instance-1", [_ann, _bob]).ShouldBeFalse();
        _cache.Find([_ann, _bob]).ShouldBe([At("conn-a"), new PlayerConnection("conn-b2", "instance-2")]);

        ((IRoomLeaseObserver)_cache).NewRunOfLeases(_room);

        _cache.Find([_ann, _bob]).ShouldBeNull();
    }

    [Fact]
    public void A_list_asked_for_before_is_looked_up_again_once_its_oldest_entry_is_too_old()
    {
        _cache.Add(_ann, At("conn-a"), _room, _cache.Changes);
        _clock.Advance(TimeSpan.FromSeconds(5));
        _cache.Add(_bob, At("conn-b"), _room, _cache.Changes);
        _cache.Find([_bob, _ann]).ShouldNotBeNull();

        _clock.Advance(CallerSessionCache.MaxAge - TimeSpan.FromSeconds(5));

        _cache.Find([_bob, _ann]).ShouldBeNull();
        _cache.AllConnectedTo("instance-1", [_bob, _ann]).ShouldBeFalse();
    }
}
