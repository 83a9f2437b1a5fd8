using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds.Redis;
using DrawGuess.UnitTests.Support;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// During a rolling update, pods of the release before versioned state keep writing rooms, games and
/// chat in their field-by-field shape (version 0, captured in Fixtures/V0). Players whose room a new
/// pod picks up must find it exactly as they left it, and play on.
/// </summary>
public sealed class Version0FixtureTests
{
    private static readonly DateTimeOffset Start = ManualClock.DefaultStart;
    private static readonly (PlayerId Ann, PlayerId Bob, PlayerId Cid, PlayerId Dee, PlayerId Eve) P =
        (TestPlayers.Id(1), TestPlayers.Id(2), TestPlayers.Id(3), TestPlayers.Id(4), TestPlayers.Id(5));

    [Fact]
    public void A_room_keeps_its_members_host_settings_kicks_and_kick_votes()
    {
        var room = StoredRoom.Read(StoredFixtures.Read("V0", "room.json"));

        room.Id.ShouldBe(new RoomId(Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001")));
        room.Code.ShouldBe(new RoomCode("QRSTUV"));
        room.HostId.ShouldBe(P.Ann);
        room.Status.ShouldBe(RoomStatus.Playing);
        room.CreatedAt.ShouldBe(Start);
        room.Settings.ShouldBe(new RoomSettings("Friday sketches", false, 6, 2, 60, 2, 1, Language.Korean, room.Settings.CustomWords, true));
        room.Settings.CustomWords.ShouldBe(["고양이", "ice cream"]);
        room.Members.Select(m => m.PlayerId).ShouldBe([P.Ann, P.Bob, P.Dee, P.Eve]);
        room.Members.Select(m => m.Name).ShouldBe(["Ann", "Bob", "Ann (2)", "Eve"]);
        room.Members.Select(m => m.JoinOrder).ShouldBe([0L, 1L, 3L, 4L]);
        room.GetMember(P.Dee).Connected.ShouldBeFalse();
        room.GetMember(P.Dee).DisconnectedAt.ShouldBe(Start.AddSeconds(30));
        Should.Throw<GameRuleException>(() => room.Join(P.Cid, "Cid")).Code.ShouldBe(ErrorCodes.KickedFromRoom);

        // Bob's vote from before still counts: with Ann's, 2 of the 3 connected players.
        room.VoteKick(P.Ann, P.Eve).Kicked.ShouldBeTrue();
        room.Join(TestPlayers.Id(6), "Fay").Member.JoinOrder.ShouldBe(5);
    }

    [Fact]
    public void A_game_mid_drawing_keeps_its_turn_hints_scores_guesses_and_deadlines_and_plays_on()
    {
        var game = StoredGame.Read(StoredFixtures.Read("V0", "game-drawing.json"));
        var (p1, p2, p3, p4) = (P.Ann, P.Bob, P.Cid, P.Dee);

        game.Phase.ShouldBe(GamePhase.Drawing);
        game.Round.ShouldBe(1);
        game.Rules.ShouldBe(new GameRules(2, 90, 3, 2));
        game.Timings.ShouldBe(GameTimings.Standard);
        game.Participants.Select(p => p.Score).ShouldBe([200, 322, 298, 288]);
        game.Participants.Select(p => p.TurnsDrawn).ShouldBe([1, 1, 0, 0]);
        // P4's disconnection is the room's now: the game's stored copy of it is not read.
        var presence = new TestPresence();
        presence.Disconnect(p4, Start.AddSeconds(51));
        var turn = game.CurrentTurn!;
        (turn.Id, turn.DrawerId, turn.Word!.Text).ShouldBe((2, p2, "volcano"));
        turn.Options.ShouldBe(["rainbow", "volcano", "bicycle"]);
        turn.Hint.ShouldBe("v______");
        turn.GuessedInOrder.ShouldBe([p1]);
        turn.PointsOf(p1).ShouldBe(263);
        turn.EligibleGuessers.ShouldBe([p1, p3, p4], ignoreOrder: true);
        game.KnowsWord(p1).ShouldBeTrue();
        game.KnowsWord(p3).ShouldBeFalse();
        // P4's 10 s of grace run out before the next hint (12:01:20) and the end of drawing (12:01:50).
        game.NextDueAt(presence).ShouldBe(Start.AddSeconds(61));

        game.DrawStroke(p2, 3, DrawingTool.Pen, 1, 1, [1, 1], Start.AddSeconds(52));
        game.SubmitGuess(p3, "volcano", Start.AddSeconds(55), presence).ShouldBe(GuessVerdict.Correct);
        game.Phase.ShouldBe(GamePhase.Drawing);
        game.Advance(Start.AddSeconds(61), new FakeRandom(), presence);
        game.Phase.ShouldBe(GamePhase.Reveal);
        turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        game.FindParticipant(p3)!.Score.ShouldBeGreaterThan(298);
    }

    [Fact]
    public void An_ended_game_keeps_its_final_standings()
    {
        var game = StoredGame.Read(StoredFixtures.Read("V0", "game-ended.json"));

        game.Phase.ShouldBe(GamePhase.GameOver);
        game.IsRunning.ShouldBeFalse();
        game.FinishedAt.ShouldBe(Start.AddSeconds(100));
        game.NextDueAt(new TestPresence()).ShouldBeNull();
        game.Standings().Select(s => (s.Participant.PlayerId, s.Participant.Score, s.Rank)).ShouldBe([(P.Ann, 350, 1), (P.Bob, 200, 2)]);
    }

    [Fact]
    public void A_chat_log_keeps_its_history_audiences_rate_limits_and_next_id()
    {
        var log = ChatJournal.Read(StoredFixtures.Read("V0", "chat-state.json"), StoredFixtures.Entries("V0", "chat-messages.jsonl"), out var position);

        position.LastMessageId.ShouldBe(4);
        ShouldBeTheCapturedLog(log);
    }

    [Fact]
    public void A_chat_log_of_the_release_before_the_message_list_keeps_the_same()
    {
        ShouldBeTheCapturedLog(StoredChat.ReadWholeLog(StoredFixtures.Read("V0", "chat-log-whole.json")));
    }

    [Fact]
    public void A_message_list_that_pods_of_both_releases_appended_to_reads_in_order()
    {
        var state = StoredFixtures.Read("V0", "chat-state.json");
        var entries = StoredFixtures.Entries("V0", "chat-messages.jsonl").ToList();
        var log = ChatJournal.Read(state, entries, out var position);
        log.PostByPlayer(P.Dee, "Dee", "from a new pod", ChatChannel.All, null, Start.AddSeconds(9));
        entries.AddRange(ChatJournal.EntriesSince(position, log, out var rewrite));
        entries.Add(StoredFixtures.Entries("V0", "chat-messages.jsonl")[1]);

        rewrite.ShouldBeFalse();
        ChatJournal.Read(StoredChat.WriteState(log), entries, out _).VisibleTo(P.Dee).Select(m => m.Text)
            .ShouldBe(["Bob joined the room.", "hello", "from a new pod", "hello"]);
    }

    [Theory]
    [MemberData(nameof(Version1FixtureTests.Fixtures), MemberType = typeof(Version1FixtureTests))]
    public void Written_as_version_0_for_pods_of_the_previous_release_a_value_is_exactly_what_they_wrote(string name)
    {
        StoredFixtures.Rewrite("V0", name, writeVersion: 0).ShouldBe(StoredFixtures.AsThisReleaseWrites("V0", name));
        StoredFixtures.Rewrite("V1", name, writeVersion: 0).ShouldBe(StoredFixtures.AsThisReleaseWrites("V0", name));
    }

    private static void ShouldBeTheCapturedLog(ChatLog log)
    {
        log.VisibleTo(P.Ann).Select(m => m.Text).ShouldBe(["Bob joined the room.", "hello", "so close", "is it a whale"]);
        log.VisibleTo(P.Bob).Select(m => m.Text).ShouldBe(["Bob joined the room.", "hello", "so close"]);
        log.VisibleTo(P.Cid).Select(m => m.Text).ShouldBe(["Bob joined the room.", "hello", "is it a whale"]);
        var joined = log.VisibleTo(P.Ann)[0];
        (joined.SystemCode, joined.PlayerId, joined.SentAt).ShouldBe(("playerJoined", (PlayerId?)null, Start));
        joined.Args.ShouldBe(["Bob"]);
        var guessed = log.VisibleTo(P.Ann)[2];
        (guessed.Channel, guessed.PlayerId, guessed.Name, guessed.Id).ShouldBe((ChatChannel.Guessed, (PlayerId?)P.Bob, "Bob", 3L));
        Should.Throw<GameRuleException>(() => log.TakeRateLimit(P.Bob, Start.AddSeconds(2))).Code.ShouldBe(ErrorCodes.RateLimited);
        log.TakeRateLimit(P.Ann, Start.AddSeconds(2));
        log.PostSystem("playerLeft", "Bob left the room.", ["Bob"], Start.AddSeconds(4)).Id.ShouldBe(5);
    }
}
