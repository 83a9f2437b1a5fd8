using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rooms.Events;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rooms;

public sealed class RoomSpectatorTests
{
    private static readonly DateTimeOffset Now = ManualClock.DefaultStart;
    private static readonly PlayerId Ann = TestPlayers.Id(1);
    private static readonly PlayerId Bob = TestPlayers.Id(2);
    private static readonly PlayerId Eve = TestPlayers.Id(5);

    private static Room NewRoom(int maxPlayers = 8) =>
        Room.Create(RoomId.New(), new RoomCode("ABCDEF"), new RoomSettings("Fun room", true, maxPlayers, 3, 80, 3, 2, Language.English, [], false), Ann, "Ann", Now);

    private static void ShouldFailWith(Action action, string code) =>
        Should.Throw<GameRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void A_spectator_watches_without_taking_a_seat()
    {
        var room = NewRoom(maxPlayers: 2);
        room.Join(Bob, "Bob");

        room.Watch(Eve, "Eve");

        room.Spectators.Select(s => s.PlayerId).ShouldBe([Eve]);
        room.Members.Select(m => m.PlayerId).ShouldBe([Ann, Bob]);
        room.IsMember(Eve).ShouldBeFalse();
        room.FindPresent(Eve).ShouldNotBeNull();
    }

    [Fact]
    public void Watching_twice_or_watching_your_own_room_changes_nothing()
    {
        var room = NewRoom();
        room.Watch(Eve, "Eve");
        room.DequeueDomainEvents();

        room.Watch(Eve, "Eve");
        room.Watch(Ann, "Ann");

        room.Spectators.Select(s => s.PlayerId).ShouldBe([Eve]);
        room.Members.Select(m => m.PlayerId).ShouldBe([Ann]);
        room.DequeueDomainEvents().ShouldBeEmpty();
    }

    [Fact]
    public void A_room_holds_at_most_its_spectator_limit()
    {
        var room = NewRoom();
        for (var i = 0; i < Room.MaxSpectators; i++) room.Watch(TestPlayers.Id(100 + i), $"S{i}");

        ShouldFailWith(() => room.Watch(Eve, "Eve"), ErrorCodes.SpectatorLimitReached);
        room.Spectators.Count.ShouldBe(Room.MaxSpectators);
    }

    [Fact]
    public void A_kicked_player_cannot_watch()
    {
        var room = NewRoom();
        room.Join(Bob, "Bob");
        room.Kick(Ann, Bob);

        ShouldFailWith(() => room.Watch(Bob, "Bob"), ErrorCodes.KickedFromRoom);
    }

    [Fact]
    public void A_spectator_cannot_host_start_or_kick()
    {
        var room = NewRoom();
        room.Join(Bob, "Bob");
        room.Watch(Eve, "Eve");

        ShouldFailWith(() => room.EnsureCanStartGame(Eve), ErrorCodes.SpectatorCannotPlay);
        ShouldFailWith(() => room.Kick(Eve, Bob), ErrorCodes.SpectatorCannotPlay);
        ShouldFailWith(() => room.VoteKick(Eve, Bob), ErrorCodes.SpectatorCannotPlay);
        ShouldFailWith(() => room.UpdateSettings(Eve, room.Settings), ErrorCodes.SpectatorCannotPlay);
    }

    [Fact]
    public void A_spectator_takes_a_free_seat_between_games_as_the_last_in_turn_order()
    {
        var room = NewRoom();
        room.Join(Bob, "Bob");
        room.Watch(Eve, "Eve");
        room.DequeueDomainEvents();

        var seat = room.TakeSeatFromSpectating(Eve);

        room.Spectators.ShouldBeEmpty();
        room.Members.Select(m => m.PlayerId).ShouldBe([Ann, Bob, Eve]);
        seat.JoinOrder.ShouldBe(2);
        room.DequeueDomainEvents().OfType<PlayerJoinedRoomDomainEvent>().Single().PlayerId.ShouldBe(Eve);
    }

    [Fact]
    public void A_spectator_cannot_take_a_seat_during_a_game_or_in_a_full_room()
    {
        var room = NewRoom(maxPlayers: 2);
        room.Join(Bob, "Bob");
        room.Watch(Eve, "Eve");

        ShouldFailWith(() => room.TakeSeatFromSpectating(Eve), ErrorCodes.RoomFull);
        room.Leave(Bob, DepartureReason.Left);
        room.Join(TestPlayers.Id(3), "Cid");
        room.MarkPlaying();
        room.Leave(TestPlayers.Id(3), DepartureReason.Left);
        ShouldFailWith(() => room.TakeSeatFromSpectating(Eve), ErrorCodes.GameInProgress);
        ShouldFailWith(() => room.Join(Eve, "Eve"), ErrorCodes.GameInProgress);
        room.Spectators.Select(s => s.PlayerId).ShouldBe([Eve]);
    }

    [Fact]
    public void Joining_the_room_you_watch_takes_a_seat()
    {
        var room = NewRoom();
        room.Watch(Eve, "Eve");

        var (member, isNew) = room.Join(Eve, "Eve");

        (member.PlayerId, isNew).ShouldBe((Eve, true));
        room.Spectators.ShouldBeEmpty();
    }

    [Fact]
    public void Only_a_spectator_takes_a_seat_from_spectating_and_a_player_keeps_theirs()
    {
        var room = NewRoom();
        room.DequeueDomainEvents();

        ShouldFailWith(() => room.TakeSeatFromSpectating(Eve), ErrorCodes.NotInRoom);
        room.TakeSeatFromSpectating(Ann).PlayerId.ShouldBe(Ann);
        room.DequeueDomainEvents().ShouldBeEmpty();
    }

    [Fact]
    public void A_spectator_who_leaves_is_gone_and_the_room_keeps_its_players()
    {
        var room = NewRoom();
        room.Watch(Eve, "Eve");
        room.DequeueDomainEvents();

        room.Leave(Eve, DepartureReason.Left);

        room.Spectators.ShouldBeEmpty();
        room.Members.Select(m => m.PlayerId).ShouldBe([Ann]);
        room.DequeueDomainEvents().ShouldBe([new SpectatorLeftDomainEvent(Eve, DepartureReason.Left)]);
    }

    [Fact]
    public void The_host_removes_a_spectator_for_good()
    {
        var room = NewRoom();
        room.Watch(Eve, "Eve");
        room.DequeueDomainEvents();

        room.Kick(Ann, Eve);

        room.Spectators.ShouldBeEmpty();
        room.DequeueDomainEvents().ShouldBe([new SpectatorLeftDomainEvent(Eve, DepartureReason.Kicked)]);
        ShouldFailWith(() => room.Watch(Eve, "Eve"), ErrorCodes.KickedFromRoom);
        ShouldFailWith(() => room.Join(Eve, "Eve"), ErrorCodes.KickedFromRoom);
    }

    [Fact]
    public void Only_the_host_removes_a_spectator_and_an_unknown_id_is_not_found()
    {
        var room = NewRoom();
        room.Join(Bob, "Bob");
        room.Watch(Eve, "Eve");

        ShouldFailWith(() => room.Kick(Bob, Eve), ErrorCodes.NotHost);
        ShouldFailWith(() => room.Kick(Ann, TestPlayers.Id(9)), ErrorCodes.PlayerNotFound);
        room.Spectators.Select(s => s.PlayerId).ShouldBe([Eve]);
    }

    [Fact]
    public void A_spectator_who_drops_keeps_their_place_without_telling_the_players()
    {
        var room = NewRoom();
        room.Watch(Eve, "Eve");
        room.DequeueDomainEvents();
        var version = room.Version;

        room.MarkDisconnected(Eve, Now);

        room.FindSpectator(Eve)!.Connected.ShouldBeFalse();
        room.Version.ShouldBeGreaterThan(version);
        room.DequeueDomainEvents().ShouldBeEmpty();
        room.MarkConnected(Eve);
        room.FindSpectator(Eve)!.Connected.ShouldBeTrue();
    }
}
