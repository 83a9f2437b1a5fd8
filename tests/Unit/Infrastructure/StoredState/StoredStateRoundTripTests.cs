using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds.Redis;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>What another server instance reads back from Redis must behave exactly like the object that was stored.</summary>
public sealed class StoredStateRoundTripTests
{
    /// <summary>The game's state and, as the repository does, its canvas replayed from the journal.</summary>
    private static Game RoundTrip(Game game)
    {
        var copy = StoredGame.Read(StoredGame.Write(game));
        if (game.CurrentTurn is { } turn) CanvasJournal.Replay(copy.CurrentTurn!.Canvas, CanvasJournal.EntriesSince(null, turn.Canvas, out _));
        return copy;
    }

    private static Room RoundTrip(Room room) => StoredRoom.Read(StoredRoom.Write(room));

    private static ChatLog RoundTrip(ChatLog log) =>
        ChatJournal.Read(StoredChat.WriteState(log), ChatJournal.EntriesSince(null, log, out _), out _);

    [Fact]
    public void A_game_read_back_mid_drawing_keeps_scores_turn_hints_canvas_and_deadlines()
    {
        var t = TestGame.Start(players: 4, hints: 2);
        t.Choose();
        t.Game.DrawStroke(t.Drawer, 1, DrawingTool.Pen, 3, 1, [10, 10, 20, 20], t.Clock.Now);
        t.Game.DrawStroke(t.Drawer, 1, DrawingTool.Pen, 3, 1, [30, 30], t.Clock.Now);
        t.Game.Fill(t.Drawer, 2, 5, 5, 7, t.Clock.Now);
        t.Wait(20);
        t.Guess(t.P(2), "elephant").ShouldBe(GuessVerdict.Correct);
        t.SetConnected(t.P(4), false);
        t.Events();

        var copy = RoundTrip(t.Game);

        copy.Id.ShouldBe(t.Game.Id);
        copy.RoomId.ShouldBe(t.Game.RoomId);
        copy.Phase.ShouldBe(GamePhase.Drawing);
        copy.CurrentTurn!.Id.ShouldBe(t.Turn.Id);
        copy.CurrentTurn.PhaseEndsAt.ShouldBe(t.Turn.PhaseEndsAt);
        copy.CurrentTurn.Hint.ShouldBe(t.Turn.Hint);
        copy.NextDueAt(t.Presence).ShouldBe(t.Clock.Now + GameTimings.Standard.DisconnectGrace); // P4's grace, from the room
        copy.KnowsWord(t.P(2)).ShouldBeTrue();
        copy.KnowsWord(t.P(3)).ShouldBeFalse();
        copy.CurrentTurn.Canvas.Operations.Select(o => (o.Kind, o.StrokeId, o.Points.Count))
            .ShouldBe([(CanvasOperationKind.Stroke, 1, 6), (CanvasOperationKind.Fill, 2, 0)]);
        StoredGame.Write(copy).ShouldBe(StoredGame.Write(t.Game));
    }

    [Fact]
    public void A_game_read_back_plays_on_like_the_original()
    {
        var original = TestGame.Start(players: 3);
        original.Choose();
        original.Game.DrawStroke(original.Drawer, 1, DrawingTool.Pen, 0, 0, [1, 1], original.Clock.Now);
        original.Events();
        var copy = RoundTrip(original.Game);

        copy.Undo(original.Drawer, 1, original.Clock.Now);
        copy.CurrentTurn!.Canvas.Operations.Single().Undone.ShouldBeTrue();
        copy.SubmitGuess(original.P(2), "elephant", original.Clock.Now, original.Presence).ShouldBe(GuessVerdict.Correct);
        copy.SubmitGuess(original.P(3), "elephant", original.Clock.Now, original.Presence).ShouldBe(GuessVerdict.Correct);
        copy.Phase.ShouldBe(GamePhase.Reveal);
        copy.FindParticipant(original.P(2))!.Score.ShouldBeGreaterThan(0);
        copy.DequeueDomainEvents().ShouldNotBeEmpty();
    }

    [Fact]
    public void A_game_read_back_after_the_drawer_changed_the_words_offers_the_new_ones_and_no_other_change()
    {
        var t = TestGame.Start(players: 3);
        t.Game.ChangeWordOptions(t.Drawer);
        t.Events();

        var copy = RoundTrip(t.Game);

        copy.CurrentTurn!.Options.ShouldBe(["rainbow", "volcano", "bicycle"]);
        copy.CanChangeWordOptions.ShouldBeFalse();
        // A release that takes every stored word for a choice finds the drawer's at the indexes the drawer sees.
        using var stored = System.Text.Json.JsonDocument.Parse(StoredGame.Write(t.Game));
        stored.RootElement.GetProperty("state").GetProperty("currentTurn").GetProperty("options").EnumerateArray().Select(o => o.GetString())
            .ShouldBe(["rainbow", "volcano", "bicycle", "elephant", "giraffe", "penguin"]);
        copy.ChooseWord(t.Drawer, 2, t.Clock.Now, t.Random, t.Presence);
        copy.CurrentTurn.Word!.Text.ShouldBe("bicycle");
    }

    [Fact]
    public void Written_as_version_0_a_game_choosing_or_stopped_reads_back_the_same()
    {
        var choosing = TestGame.Start(players: 3, hints: 2);
        choosing.Events();
        var stopped = TestGame.Start(players: 2);
        stopped.Game.RemoveParticipant(stopped.P(2), stopped.Clock.Now, stopped.Presence);
        stopped.Events();

        foreach (var game in new[] { choosing.Game, stopped.Game })
            StoredGame.Write(StoredGame.Read(StoredGame.Write(game, version: 0))).ShouldBe(StoredGame.Write(game));
        StoredGame.Read(StoredGame.Write(choosing.Game, version: 0)).Phase.ShouldBe(GamePhase.Choosing);
        StoredGame.Read(StoredGame.Write(stopped.Game, version: 0)).IsStopped.ShouldBeTrue();
    }

    [Fact]
    public void A_version_this_release_does_not_know_is_refused_not_guessed()
    {
        var room = Room.Create(RoomId.New(), new RoomCode("ABCDEF"), new RoomSettings("Room", true, 8, 3, 80, 3, 2, Language.English, [], false),
            TestPlayers.Id(1), "Ann", ManualClock.DefaultStart);
        var fromTheFuture = System.Text.Encoding.UTF8.GetBytes("""{"$v":3,"state":{"id":"aaaaaaaa-0000-0000-0000-000000000001"}}""");

        Should.Throw<System.Text.Json.JsonException>(() => StoredRoom.Read(fromTheFuture)).Message.ShouldContain("version 3");
        Should.Throw<ArgumentOutOfRangeException>(() => StoredRoom.Write(room, version: 3));
    }

    [Fact]
    public void A_room_read_back_keeps_members_host_kicks_and_join_order()
    {
        var (ann, bob, cid, dee) = (TestPlayers.Id(1), TestPlayers.Id(2), TestPlayers.Id(3), TestPlayers.Id(4));
        var settings = new RoomSettings("Room", true, 8, 3, 80, 3, 2, Language.English, ["apple"], false);
        var room = Room.Create(RoomId.New(), new RoomCode("ABCDEF"), settings, ann, "Ann", ManualClock.DefaultStart);
        room.Join(bob, "Bob");
        room.Join(cid, "Cid");
        room.Kick(ann, cid);
        room.MarkDisconnected(bob, ManualClock.DefaultStart);

        var copy = RoundTrip(room);

        copy.Code.ShouldBe(room.Code);
        copy.HostId.ShouldBe(ann);
        copy.Settings.ShouldBe(settings with { CustomWords = copy.Settings.CustomWords });
        copy.Settings.CustomWords.ShouldBe(["apple"]);
        copy.Members.Select(m => (m.PlayerId, m.Connected)).ShouldBe([(ann, true), (bob, false)]);
        Should.Throw<DrawGuess.Domain.Common.GameRuleException>(() => copy.Join(cid, "Cid"));
        copy.Join(dee, "Dee").Member.JoinOrder.ShouldBe(3);
    }

    [Fact]
    public void A_room_read_back_keeps_its_spectators_and_their_connection()
    {
        var (ann, eve, fay) = (TestPlayers.Id(1), TestPlayers.Id(5), TestPlayers.Id(6));
        var room = Room.Create(RoomId.New(), new RoomCode("ABCDEF"), new RoomSettings("Room", true, 8, 3, 80, 3, 2, Language.English, [], false),
            ann, "Ann", ManualClock.DefaultStart);
        room.Watch(eve, "Eve");
        room.Watch(fay, "Fay");
        room.MarkDisconnected(fay, ManualClock.DefaultStart);

        var copy = RoundTrip(room);

        copy.Spectators.Select(s => (s.PlayerId, s.Name, s.Connected)).ShouldBe([(eve, "Eve", true), (fay, "Fay", false)]);
        copy.Members.Select(m => m.PlayerId).ShouldBe([ann]);
    }

    [Fact]
    public void A_room_written_as_version_1_for_older_pods_leaves_its_spectators_out()
    {
        var (ann, eve) = (TestPlayers.Id(1), TestPlayers.Id(5));
        var room = Room.Create(RoomId.New(), new RoomCode("ABCDEF"), new RoomSettings("Room", true, 8, 3, 80, 3, 2, Language.English, [], false),
            ann, "Ann", ManualClock.DefaultStart);
        room.Watch(eve, "Eve");

        var copy = StoredRoom.Read(StoredRoom.Write(room, version: 1));

        copy.Spectators.ShouldBeEmpty();
        copy.Members.Select(m => m.PlayerId).ShouldBe([ann]);
    }

    [Fact]
    public void A_chat_log_read_back_keeps_history_audiences_and_rate_limits()
    {
        var (ann, bob) = (TestPlayers.Id(1), TestPlayers.Id(2));
        var now = ManualClock.DefaultStart;
        var log = new ChatLog();
        log.PostByPlayer(ann, "Ann", "hello", ChatChannel.All, null, now);
        log.PostByPlayer(ann, "Ann", "secret", ChatChannel.Guessed, new HashSet<PlayerId> { ann }, now);
        for (var i = 0; i < ChatLog.RateLimitCount; i++) log.TakeRateLimit(bob, now);

        var copy = RoundTrip(log);

        copy.VisibleTo(ann).Select(m => m.Text).ShouldBe(["hello", "secret"]);
        copy.VisibleTo(bob).Select(m => m.Text).ShouldBe(["hello"]);
        Should.Throw<DrawGuess.Domain.Common.GameRuleException>(() => copy.TakeRateLimit(bob, now));
        copy.PostSystem("joined", "x", [], now).Id.ShouldBe(3);
    }

    [Fact]
    public void A_stored_timer_command_is_read_back_as_the_same_command()
    {
        var roomId = RoomId.New();
        var expireSeat = new DrawGuess.Application.Rooms.Commands.ExpireSeat.ExpireSeatCommand(roomId, TestPlayers.Id(2));
        var advance = new DrawGuess.Application.Rounds.Commands.AdvanceGame.AdvanceGameCommand(roomId, 7);

        RedisCommandScheduler.Read(RedisCommandScheduler.Write(expireSeat)).ShouldBe(expireSeat);
        RedisCommandScheduler.Read(RedisCommandScheduler.Write(advance)).ShouldBe(advance);
    }

    [Fact]
    public void A_timer_command_keeps_the_shape_pods_of_earlier_releases_read()
    {
        var command = new DrawGuess.Application.Rooms.Commands.ExpireSeat.ExpireSeatCommand(
            new RoomId(Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001")), TestPlayers.Id(2));

        RedisCommandScheduler.Write(command).ShouldBe(
            """{"Type":"DrawGuess.Application.Rooms.Commands.ExpireSeat.ExpireSeatCommand","Body":"{\u0022RoomId\u0022:\u0022aaaaaaaa-0000-0000-0000-000000000001\u0022,\u0022PlayerId\u0022:\u002200000002-0000-0000-0000-000000000000\u0022}"}""");
    }
}
