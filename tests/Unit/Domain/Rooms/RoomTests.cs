using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rooms;

public sealed class RoomTests
{
    private static readonly DateTimeOffset Now = ManualClock.DefaultStart;
    private static readonly PlayerId Ann = TestPlayers.Id(1);
    private static readonly PlayerId Bob = TestPlayers.Id(2);
    private static readonly PlayerId Cid = TestPlayers.Id(3);
    private static readonly PlayerId Dee = TestPlayers.Id(4);
    private static readonly PlayerId Eve = TestPlayers.Id(5);
    private static readonly PlayerId Fay = TestPlayers.Id(6);

    private static RoomSettings Settings(int maxPlayers = 8) =>
        new("Fun room", true, maxPlayers, 3, 80, 3, 2, Language.English, [], false);

    private static Room NewRoom(int maxPlayers = 8) =>
        Room.Create(RoomId.New(), new RoomCode("ABCDEF"), Settings(maxPlayers), Ann, "Ann", Now);

    private static Room RoomWith(params PlayerId[] others)
    {
        var room = NewRoom();
        foreach (var id in others) room.Join(id, $"Player {id.Value.ToString()[..8]}");
        return room;
    }

    private static void ShouldFailWith(Action action, string code) =>
        Should.Throw<GameRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void The_creator_is_the_host_and_first_player()
    {
        var room = NewRoom();

        room.HostId.ShouldBe(Ann);
        room.Members.Count.ShouldBe(1);
        room.Members[0].PlayerId.ShouldBe(Ann);
        room.Members[0].Name.ShouldBe("Ann");
        room.Members[0].Connected.ShouldBeTrue();
        room.Status.ShouldBe(RoomStatus.Waiting);
    }

    [Fact]
    public void Players_are_listed_in_join_order_with_increasing_join_order()
    {
        var room = NewRoom();
        room.Join(Bob, "Bob");
        room.Join(Cid, "Cid");

        room.Members.Select(m => m.PlayerId).ShouldBe([Ann, Bob, Cid]);
        room.Members.Select(m => m.JoinOrder).ShouldBe([0L, 1L, 2L]);
    }

    [Fact]
    public void A_new_player_joins_with_is_new_true()
    {
        var room = NewRoom();

        var (member, isNew) = room.Join(Bob, "Bob");

        isNew.ShouldBeTrue();
        member.PlayerId.ShouldBe(Bob);
        member.Name.ShouldBe("Bob");
    }

    [Fact]
    public void A_name_clash_gets_a_numbered_suffix_regardless_of_case()
    {
        var room = NewRoom();

        var (second, _) = room.Join(Bob, "ann");
        var (third, _) = room.Join(Cid, "ANN");
        var (fourth, _) = room.Join(Dee, "Bob");

        second.Name.ShouldBe("ann (2)");
        third.Name.ShouldBe("ANN (3)");
        fourth.Name.ShouldBe("Bob");
    }

    [Fact]
    public void A_suffix_already_taken_is_skipped()
    {
        var room = NewRoom();
        room.Join(Bob, "Ann (2)");

        var (member, _) = room.Join(Cid, "Ann");

        member.Name.ShouldBe("Ann (3)");
    }

    [Fact]
    public void A_full_room_refuses_a_new_player_with_ROOM_FULL()
    {
        var room = NewRoom(maxPlayers: 2);
        room.Join(Bob, "Bob");

        ShouldFailWith(() => room.Join(Cid, "Cid"), ErrorCodes.RoomFull);
        room.Members.Count.ShouldBe(2);
    }

    [Fact]
    public void A_seated_player_can_join_again_even_when_the_room_is_full()
    {
        var room = NewRoom(maxPlayers: 2);
        room.Join(Bob, "Bob");

        var (_, isNew) = room.Join(Bob, "Bob");

        isNew.ShouldBeFalse();
    }

    [Fact]
    public void Joining_twice_keeps_the_seat_and_changes_nothing()
    {
        var room = NewRoom();
        room.Join(Bob, "Bob");
        room.Join(Cid, "Cid");

        var (member, isNew) = room.Join(Bob, "Robert");

        isNew.ShouldBeFalse();
        member.Name.ShouldBe("Bob");
        member.JoinOrder.ShouldBe(1);
        room.Members.Select(m => m.PlayerId).ShouldBe([Ann, Bob, Cid]);
        room.HostId.ShouldBe(Ann);
    }

    [Fact]
    public void Joining_again_after_a_disconnect_reconnects_the_seat()
    {
        var room = NewRoom();
        room.Join(Bob, "Bob");
        room.MarkDisconnected(Bob, Now);
        room.FindMember(Bob)!.DisconnectedAt.ShouldBe(Now);

        room.Join(Bob, "Bob");

        room.FindMember(Bob)!.Connected.ShouldBeTrue();
        room.FindMember(Bob)!.DisconnectedAt.ShouldBeNull();
        room.ConnectedCount.ShouldBe(2);
    }

    [Fact]
    public void A_kicked_player_cannot_rejoin()
    {
        var room = RoomWith(Bob, Cid);
        room.Kick(Ann, Bob);

        ShouldFailWith(() => room.Join(Bob, "Bob"), ErrorCodes.KickedFromRoom);
        room.IsMember(Bob).ShouldBeFalse();
    }

    [Fact]
    public void A_player_kicked_by_vote_cannot_rejoin()
    {
        var room = RoomWith(Bob, Cid);
        room.VoteKick(Ann, Cid);
        room.VoteKick(Bob, Cid).Kicked.ShouldBeTrue();

        ShouldFailWith(() => room.Join(Cid, "Cid"), ErrorCodes.KickedFromRoom);
    }

    [Fact]
    public void A_player_who_left_on_their_own_may_come_back_as_a_new_player()
    {
        var room = RoomWith(Bob);
        room.Leave(Bob, DepartureReason.Left);

        var (member, isNew) = room.Join(Bob, "Bob");

        isNew.ShouldBeTrue();
        member.JoinOrder.ShouldBe(2);
    }

    [Fact]
    public void When_the_host_leaves_the_longest_present_player_becomes_host()
    {
        var room = RoomWith(Bob, Cid);

        room.Leave(Ann, DepartureReason.Left);

        room.HostId.ShouldBe(Bob);
        room.Members.Select(m => m.PlayerId).ShouldBe([Bob, Cid]);
    }

    [Fact]
    public void Rejoining_puts_a_player_at_the_back_of_the_host_succession()
    {
        var room = RoomWith(Bob, Cid);
        room.Leave(Bob, DepartureReason.Left);
        room.Join(Bob, "Bob");

        room.Leave(Ann, DepartureReason.Left);

        room.HostId.ShouldBe(Cid);
    }

    [Fact]
    public void When_another_player_leaves_the_host_stays()
    {
        var room = RoomWith(Bob, Cid);

        room.Leave(Bob, DepartureReason.Left);

        room.HostId.ShouldBe(Ann);
    }

    [Fact]
    public void The_last_player_leaving_empties_the_room()
    {
        var room = NewRoom();

        room.Leave(Ann, DepartureReason.Left);

        room.IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Leaving_a_room_one_is_not_in_fails_with_PLAYER_NOT_FOUND()
    {
        var room = NewRoom();

        ShouldFailWith(() => room.Leave(Bob, DepartureReason.Left), ErrorCodes.PlayerNotFound);
    }

    [Fact]
    public void Only_the_host_can_change_settings()
    {
        var room = RoomWith(Bob);

        ShouldFailWith(() => room.UpdateSettings(Bob, Settings() with { Rounds = 5 }), ErrorCodes.NotHost);
        room.Settings.Rounds.ShouldBe(3);
    }

    [Fact]
    public void The_host_changes_settings_between_games()
    {
        var room = RoomWith(Bob);

        room.UpdateSettings(Ann, Settings() with { Rounds = 5, DrawingSeconds = 120 });

        room.Settings.Rounds.ShouldBe(5);
        room.Settings.DrawingSeconds.ShouldBe(120);
    }

    [Fact]
    public void Settings_cannot_change_during_a_game()
    {
        var room = RoomWith(Bob);
        room.MarkPlaying();

        ShouldFailWith(() => room.UpdateSettings(Ann, Settings() with { Rounds = 5 }), ErrorCodes.GameInProgress);
        room.Settings.Rounds.ShouldBe(3);
    }

    [Fact]
    public void Settings_can_change_again_once_the_room_is_waiting()
    {
        var room = RoomWith(Bob);
        room.MarkPlaying();
        room.MarkWaiting();

        room.UpdateSettings(Ann, Settings() with { Rounds = 1 });

        room.Settings.Rounds.ShouldBe(1);
    }

    [Fact]
    public void Max_players_cannot_drop_below_the_players_present()
    {
        var room = RoomWith(Bob, Cid);

        ShouldFailWith(() => room.UpdateSettings(Ann, Settings(maxPlayers: 2)), ErrorCodes.ValidationFailed);
        room.Settings.MaxPlayers.ShouldBe(8);
    }

    [Fact]
    public void Only_the_host_can_start()
    {
        var room = RoomWith(Bob);

        ShouldFailWith(() => room.EnsureCanStartGame(Bob), ErrorCodes.NotHost);
    }

    [Fact]
    public void Starting_needs_two_players()
    {
        var room = NewRoom();

        ShouldFailWith(() => room.EnsureCanStartGame(Ann), ErrorCodes.NotEnoughPlayers);
    }

    [Fact]
    public void The_host_can_start_with_two_players()
    {
        var room = RoomWith(Bob);

        Should.NotThrow(() => room.EnsureCanStartGame(Ann));
    }

    [Fact]
    public void Starting_while_a_game_runs_fails_with_GAME_IN_PROGRESS()
    {
        var room = RoomWith(Bob);
        room.MarkPlaying();

        ShouldFailWith(() => room.EnsureCanStartGame(Ann), ErrorCodes.GameInProgress);
    }

    [Fact]
    public void An_outsider_cannot_start_the_game()
    {
        var room = RoomWith(Bob);

        Should.Throw<GameRuleException>(() => room.EnsureCanStartGame(Cid));
    }

    [Fact]
    public void The_host_kicks_a_player()
    {
        var room = RoomWith(Bob, Cid);

        room.Kick(Ann, Bob);

        room.Members.Select(m => m.PlayerId).ShouldBe([Ann, Cid]);
    }

    [Fact]
    public void Only_the_host_can_kick()
    {
        var room = RoomWith(Bob, Cid);

        ShouldFailWith(() => room.Kick(Bob, Cid), ErrorCodes.NotHost);
        room.IsMember(Cid).ShouldBeTrue();
    }

    [Fact]
    public void The_host_cannot_kick_themself()
    {
        var room = RoomWith(Bob);

        ShouldFailWith(() => room.Kick(Ann, Ann), ErrorCodes.CannotKickSelf);
        room.HostId.ShouldBe(Ann);
    }

    [Fact]
    public void Kicking_someone_not_in_the_room_fails_with_PLAYER_NOT_FOUND()
    {
        var room = RoomWith(Bob);

        ShouldFailWith(() => room.Kick(Ann, Cid), ErrorCodes.PlayerNotFound);
    }

    [Fact]
    public void Vote_kick_needs_three_players()
    {
        var room = RoomWith(Bob);

        ShouldFailWith(() => room.VoteKick(Ann, Bob), ErrorCodes.VoteKickUnavailable);
        room.IsMember(Bob).ShouldBeTrue();
    }

    [Fact]
    public void Vote_kick_of_oneself_fails_with_CANNOT_KICK_SELF()
    {
        var room = RoomWith(Bob, Cid);

        ShouldFailWith(() => room.VoteKick(Bob, Bob), ErrorCodes.CannotKickSelf);
    }

    [Fact]
    public void Vote_kick_of_someone_not_in_the_room_fails_with_PLAYER_NOT_FOUND()
    {
        var room = RoomWith(Bob, Cid);

        ShouldFailWith(() => room.VoteKick(Bob, Dee), ErrorCodes.PlayerNotFound);
    }

    [Fact]
    public void With_three_connected_players_two_votes_kick()
    {
        var room = RoomWith(Bob, Cid);

        var first = room.VoteKick(Ann, Cid);
        first.ShouldBe(new VoteKickResult(Cid, 1, 2, false));
        room.IsMember(Cid).ShouldBeTrue();

        var second = room.VoteKick(Bob, Cid);
        second.ShouldBe(new VoteKickResult(Cid, 2, 2, true));
        room.IsMember(Cid).ShouldBeFalse();
    }

    [Fact]
    public void With_five_connected_players_three_votes_kick()
    {
        var room = RoomWith(Bob, Cid, Dee, Eve);

        room.VoteKick(Ann, Eve).ShouldBe(new VoteKickResult(Eve, 1, 3, false));
        room.VoteKick(Bob, Eve).ShouldBe(new VoteKickResult(Eve, 2, 3, false));
        room.IsMember(Eve).ShouldBeTrue();
        room.VoteKick(Cid, Eve).ShouldBe(new VoteKickResult(Eve, 3, 3, true));
        room.IsMember(Eve).ShouldBeFalse();
    }

    [Fact]
    public void With_four_connected_players_two_votes_are_not_a_majority()
    {
        var room = RoomWith(Bob, Cid, Dee);

        room.VoteKick(Ann, Dee);
        var result = room.VoteKick(Bob, Dee);

        result.ShouldBe(new VoteKickResult(Dee, 2, 3, false));
        room.IsMember(Dee).ShouldBeTrue();
    }

    [Fact]
    public void The_same_voter_voting_twice_counts_once()
    {
        var room = RoomWith(Bob, Cid);

        room.VoteKick(Ann, Cid);
        var again = room.VoteKick(Ann, Cid);

        again.Votes.ShouldBe(1);
        again.Kicked.ShouldBeFalse();
    }

    [Fact]
    public void The_majority_counts_only_connected_players()
    {
        // Five seated, two disconnected: three connected, so two votes are a majority.
        var room = RoomWith(Bob, Cid, Dee, Eve);
        room.MarkDisconnected(Dee, Now);
        room.MarkDisconnected(Eve, Now);

        room.VoteKick(Ann, Cid).ShouldBe(new VoteKickResult(Cid, 1, 2, false));
        room.VoteKick(Bob, Cid).ShouldBe(new VoteKickResult(Cid, 2, 2, true));
    }

    [Fact]
    public void A_disconnected_voters_vote_does_not_count()
    {
        var room = RoomWith(Bob, Cid, Dee);
        room.VoteKick(Bob, Dee).ShouldBe(new VoteKickResult(Dee, 1, 3, false));
        room.MarkDisconnected(Bob, Now);

        // Three connected now (Ann, Cid, Dee): two votes needed, and Bob's vote no longer counts.
        room.VoteKick(Cid, Dee).ShouldBe(new VoteKickResult(Dee, 1, 2, false));
        room.IsMember(Dee).ShouldBeTrue();

        room.VoteKick(Ann, Dee).ShouldBe(new VoteKickResult(Dee, 2, 2, true));
        room.IsMember(Dee).ShouldBeFalse();
    }

    [Fact]
    public void A_voter_who_leaves_takes_their_vote_with_them()
    {
        var room = RoomWith(Bob, Cid, Dee, Eve, Fay);
        room.VoteKick(Bob, Fay);
        room.VoteKick(Cid, Fay);
        room.Leave(Bob, DepartureReason.Left);

        // Five connected: three needed; Bob's vote is gone, so this is the second.
        var result = room.VoteKick(Dee, Fay);

        result.ShouldBe(new VoteKickResult(Fay, 2, 3, false));
        room.IsMember(Fay).ShouldBeTrue();
    }

    [Fact]
    public void Vote_kicking_the_host_passes_the_host_role_on()
    {
        var room = RoomWith(Bob, Cid);

        room.VoteKick(Bob, Ann);
        room.VoteKick(Cid, Ann).Kicked.ShouldBeTrue();

        room.HostId.ShouldBe(Bob);
    }
}
