using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Players.Redis;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.Players;

public sealed class CallerSessionCacheTests
{
    private readonly ManualClock _clock = new();
    private readonly CallerSessionCache _cache;

    public CallerSessionCacheTests() => _cache = new CallerSessionCache(_clock);

    [Fact]
    public void A_caller_looked_up_once_is_answered_from_the_cache_until_the_player_changes()
    {
        var ann = Session("conn-1", RoomId.New());
        _cache.Add("conn-1", ann, _cache.Changes);

        Find("conn-1").ShouldBe(ann);

        _cache.ForgetPlayer(ann.PlayerId);
        Find("conn-1").ShouldBeNull();
    }

    [Fact]
    public void A_lookup_that_a_change_overtook_is_not_kept()
    {
        var ann = Session("conn-1", RoomId.New());
        var changesBefore = _cache.Changes;
        _cache.ForgetPlayer(ann.PlayerId); // e.g. kicked on another instance while the lookup was in flight

        _cache.Add("conn-1", ann, changesBefore);

        Find("conn-1").ShouldBeNull();
    }

    [Fact]
    public void A_change_of_any_player_while_a_lookup_is_in_flight_drops_that_lookup_but_keeps_what_is_held()
    {
        var bob = Session("conn-2", RoomId.New());
        _cache.Add("conn-2", bob, _cache.Changes);
        var ann = Session("conn-1", RoomId.New());
        var changesBefore = _cache.Changes;

        _cache.ForgetPlayer(PlayerId.New());
        _cache.Add("conn-1", ann, changesBefore);

        Find("conn-1").ShouldBeNull();
        Find("conn-2").ShouldBe(bob);
    }

    [Fact]
    public void A_closed_connection_is_forgotten_and_its_player_no_longer_points_to_it()
    {
        var ann = Session("conn-1", null);
        _cache.Add("conn-1", ann, _cache.Changes);

        _cache.ForgetConnection("conn-1");

        Find("conn-1").ShouldBeNull();
        _cache.Count.ShouldBe(0);
    }

    [Fact]
    public void A_player_holds_one_connection_so_a_newer_one_replaces_the_older()
    {
        var player = PlayerId.New();
        var onOldTab = new PlayerSessionView(player, "Ann", "conn-old", null);
        var onNewTab = onOldTab with { ConnectionId = "conn-new" };
        _cache.Add("conn-old", onOldTab, _cache.Changes);

        _cache.Add("conn-new", onNewTab, _cache.Changes);

        Find("conn-old").ShouldBeNull();
        Find("conn-new").ShouldBe(onNewTab);
        _cache.ForgetPlayer(player);
        _cache.Count.ShouldBe(0);
    }

    [Fact]
    public void An_entry_is_looked_up_again_after_its_maximum_age_in_case_news_of_a_change_was_lost()
    {
        var ann = Session("conn-1", RoomId.New());
        _cache.Add("conn-1", ann, _cache.Changes);

        _clock.Advance(CallerSessionCache.MaxAge - TimeSpan.FromMilliseconds(1));
        Find("conn-1").ShouldBe(ann);
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Find("conn-1").ShouldBeNull();
    }

    [Fact]
    public void Clearing_forgets_everyone_and_drops_lookups_in_flight()
    {
        _cache.Add("conn-1", Session("conn-1", null), _cache.Changes);
        var changesBefore = _cache.Changes;

        _cache.Clear();
        _cache.Add("conn-2", Session("conn-2", null), changesBefore);

        _cache.Count.ShouldBe(0);
    }

    [Fact]
    public async Task Once_forgetting_a_player_returns_their_entry_is_gone_even_while_news_of_the_change_forgets_them_too()
    {
        // A change made here forgets its player, and so does the news of it (or of another change) arriving from the
        // feed at the same moment: whichever returns second must not leave the old entry to the caller's next hub call.
        var ann = Session("conn-1", null);
        var staleAfterForgetting = 0;
        using var everyRound = new Barrier(2, _ => _cache.Add("conn-1", ann, _cache.Changes));
        void ForgetAndLookUp()
        {
            for (var round = 0; round < 20_000; round++)
            {
                everyRound.SignalAndWait();
                _cache.ForgetPlayer(ann.PlayerId);
                if (Find("conn-1") is not null) Interlocked.Increment(ref staleAfterForgetting);
            }
        }

        await Task.WhenAll(Task.Run(ForgetAndLookUp), Task.Run(ForgetAndLookUp));

        staleAfterForgetting.ShouldBe(0);
    }

    private PlayerSessionView? Find(string connectionId) => _cache.FindCompleted(connectionId)?.Result;

    private static PlayerSessionView Session(string connectionId, RoomId? roomId) => new(PlayerId.New(), "Ann", connectionId, roomId);
}
