using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Events;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rounds;

public sealed class GameTests
{
    private static void ShouldFailWith(Action action, string code) =>
        Should.Throw<GameRuleException>(action).Code.ShouldBe(code);

    // ---- Start, turn order, rounds ------------------------------------------------------------

    [Fact]
    public void A_new_game_starts_round_one_with_the_first_joiner_choosing()
    {
        var t = TestGame.Start();

        t.Game.Round.ShouldBe(1);
        t.Game.Phase.ShouldBe(GamePhase.Choosing);
        t.Game.IsRunning.ShouldBeTrue();
        t.Turn.Id.ShouldBe(1);
        t.Turn.Round.ShouldBe(1);
        t.Drawer.ShouldBe(t.P(1));
        t.Turn.Options.ShouldBe(["elephant", "giraffe", "penguin"]);
        t.Turn.Word.ShouldBeNull();
        t.Turn.PhaseEndsAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(15));
        t.Game.Participants.Select(p => p.Score).ShouldAllBe(score => score == 0);
    }

    [Fact]
    public void Turn_order_follows_join_order_not_the_order_players_are_listed()
    {
        var (ann, bob, cid) = (TestPlayers.Id(1), TestPlayers.Id(2), TestPlayers.Id(3));
        var game = Game.Start(GameId.New(), RoomId.New(), "Room", new GameRules(1, 90, 3, 0), GameTimings.Standard,
            [(cid, "Cid", 7L), (ann, "Ann", 2L), (bob, "Bob", 5L)], TestGame.DefaultDeck, new TestPresence(), ManualClock.DefaultStart);

        game.CurrentTurn!.DrawerId.ShouldBe(ann);
        game.Participants.Select(p => p.PlayerId).ShouldBe([ann, bob, cid]);
    }

    [Fact]
    public void Everyone_draws_once_per_round_in_join_order_and_rounds_advance()
    {
        var t = TestGame.Start(players: 3, rounds: 2);
        var turns = new List<(int Id, int Round, PlayerId Drawer)>();

        while (t.Game.Phase != GamePhase.GameOver)
        {
            turns.Add((t.Turn.Id, t.Turn.Round, t.Drawer));
            t.PlayTurnToTimeUp();
        }

        turns.ShouldBe([
            (1, 1, t.P(1)), (2, 1, t.P(2)), (3, 1, t.P(3)),
            (4, 2, t.P(1)), (5, 2, t.P(2)), (6, 2, t.P(3)),
        ]);
        t.Game.Round.ShouldBe(2);
    }

    [Fact]
    public void Starting_with_one_player_fails_with_NOT_ENOUGH_PLAYERS()
    {
        ShouldFailWith(() => TestGame.Start(players: 1), ErrorCodes.NotEnoughPlayers);
    }

    [Fact]
    public void Each_turn_offers_the_next_words_of_the_deck_and_the_deck_is_reused_when_exhausted()
    {
        var t = TestGame.Start(players: 3, deck: ["apple", "banana", "cherry", "grape"]);

        t.Turn.Options.ShouldBe(["apple", "banana", "cherry"]);
        t.PlayTurnToTimeUp();
        t.Turn.Options.ShouldBe(["grape", "apple", "banana"]);
    }

    [Fact]
    public void A_mid_game_joiner_draws_when_their_turn_in_join_order_comes()
    {
        var t = TestGame.Start(players: 3, rounds: 1);
        var late = TestPlayers.Id(4);
        t.Game.AddParticipant(late, "Late", 3);
        var drawers = new List<PlayerId>();

        while (t.Game.Phase != GamePhase.GameOver)
        {
            drawers.Add(t.Drawer);
            t.PlayTurnToTimeUp();
        }

        drawers.ShouldBe([t.P(1), t.P(2), t.P(3), late]);
    }

    [Fact]
    public void A_player_who_left_after_drawing_and_came_back_does_not_draw_twice_in_a_round()
    {
        var t = TestGame.Start(players: 3, rounds: 1);
        t.PlayTurnToTimeUp();                          // P1 drew
        t.Game.RemoveParticipant(t.P(1), t.Clock.Now, t.Presence);
        t.Game.AddParticipant(t.P(1), "P1", 3);        // rejoined with a new join order
        var drawers = new List<PlayerId>();

        while (t.Game.Phase != GamePhase.GameOver)
        {
            drawers.Add(t.Drawer);
            t.PlayTurnToTimeUp();
        }

        drawers.ShouldBe([t.P(2), t.P(3)]);
    }

    [Fact]
    public void A_disconnected_player_is_skipped_and_draws_later_in_the_round_after_reconnecting()
    {
        var t = TestGame.Start(players: 3, disconnected: [2]);

        t.PlayTurnToTimeUp();
        t.Drawer.ShouldBe(t.P(3));

        t.SetConnected(t.P(2), true);
        t.PlayTurnToTimeUp();

        t.Drawer.ShouldBe(t.P(2));
        t.Turn.Round.ShouldBe(1);
    }

    [Fact]
    public void Whose_turn_is_next_follows_the_rooms_presence_as_it_is_when_the_turn_starts()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Presence.Disconnect(t.P(2), t.Clock.Now); // the room's state alone: the game holds no copy to update

        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Game.IsLastTurn(t.Presence).ShouldBeFalse(); // P3 still has to draw
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Drawer.ShouldBe(t.P(3));

        t.Presence.Reconnect(t.P(2));
        t.PlayTurnToTimeUp();
        t.Drawer.ShouldBe(t.P(2));
    }

    // ---- Choosing -----------------------------------------------------------------------------

    [Fact]
    public void Choosing_a_word_starts_the_drawing_phase_with_that_word()
    {
        var t = TestGame.Start();
        t.Clock.AdvanceSeconds(4);

        t.Choose(1);

        t.Game.Phase.ShouldBe(GamePhase.Drawing);
        t.Turn.Word!.Text.ShouldBe("giraffe");
        t.Turn.DrawingStartedAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(4));
        t.Turn.PhaseEndsAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(94));
    }

    [Fact]
    public void Only_the_drawer_can_choose_the_word()
    {
        var t = TestGame.Start();

        ShouldFailWith(() => t.Game.ChooseWord(t.P(2), 0, t.Clock.Now, t.Random, t.Presence), ErrorCodes.NotDrawer);
        t.Game.Phase.ShouldBe(GamePhase.Choosing);
        t.Turn.Word.ShouldBeNull();
    }

    [Fact]
    public void Choosing_again_while_drawing_fails_with_WRONG_PHASE_and_keeps_the_word()
    {
        var t = TestGame.Start();
        t.Choose(0);

        ShouldFailWith(() => t.Choose(1), ErrorCodes.WrongPhase);
        t.Turn.Word!.Text.ShouldBe("elephant");
    }

    [Fact]
    public void Choosing_during_the_reveal_fails_with_WRONG_PHASE()
    {
        var t = TestGame.Start();
        t.Choose(0);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Game.Phase.ShouldBe(GamePhase.Reveal);

        ShouldFailWith(() => t.Choose(1), ErrorCodes.WrongPhase);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Choosing_an_index_outside_the_options_fails_with_VALIDATION_FAILED(int index)
    {
        var t = TestGame.Start(wordChoices: 3);

        ShouldFailWith(() => t.Choose(index), ErrorCodes.ValidationFailed);
        t.Game.Phase.ShouldBe(GamePhase.Choosing);
    }

    [Fact]
    public void When_choosing_times_out_a_random_option_is_drawn()
    {
        var t = TestGame.Start(wordChoices: 3);
        t.Random.Enqueue(2);

        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(15));

        t.Random.Bounds[0].ShouldBe(3);
        t.Game.Phase.ShouldBe(GamePhase.Drawing);
        t.Turn.Word!.Text.ShouldBe("penguin");
        t.Turn.DrawingStartedAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(15));
        t.Turn.PhaseEndsAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(105));
    }

    [Fact]
    public void Advancing_before_the_choosing_deadline_does_nothing()
    {
        var t = TestGame.Start();
        t.Events();

        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(15) - TimeSpan.FromMilliseconds(1));

        t.Game.Phase.ShouldBe(GamePhase.Choosing);
        t.Turn.Word.ShouldBeNull();
        t.Events().ShouldBeEmpty();
    }

    [Fact]
    public void Advancing_twice_at_the_same_moment_does_nothing_the_second_time()
    {
        var t = TestGame.Start();
        t.Random.Enqueue(1);
        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(15));
        t.Events();

        t.Game.Advance(t.Clock.Now, t.Random, t.Presence);

        t.Turn.Word!.Text.ShouldBe("giraffe");
        t.Turn.Id.ShouldBe(1);
        t.Events().ShouldBeEmpty();
    }

    [Fact]
    public void Advancing_twice_after_the_reveal_starts_only_one_new_turn()
    {
        var t = TestGame.Start();
        t.Choose();
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        var revealEnd = t.Turn.PhaseEndsAt;

        t.AdvanceTo(revealEnd);
        t.AdvanceTo(revealEnd);

        t.Turn.Id.ShouldBe(2);
        t.Drawer.ShouldBe(t.P(2));
        t.Game.Phase.ShouldBe(GamePhase.Choosing);
    }

    // ---- Hints --------------------------------------------------------------------------------

    [Fact]
    public void Guessers_see_the_pattern_from_the_start_of_drawing()
    {
        var t = TestGame.Start(deck: ["ice cream", "t-shirt", "cat"]);
        t.Choose(0);

        t.Turn.Hint.ShouldBe("___ _____");
    }

    [Fact]
    public void Two_hints_in_ninety_seconds_reveal_a_letter_at_30_and_60_seconds()
    {
        var t = TestGame.Start(drawingSeconds: 90, hints: 2);
        t.Clock.AdvanceSeconds(5);
        t.Choose(0); // elephant, drawing starts at +5 s
        var drawingStart = t.Clock.Now;

        t.NextDueAt.ShouldBe(drawingStart + TimeSpan.FromSeconds(30));
        t.AdvanceTo(drawingStart + TimeSpan.FromSeconds(30) - TimeSpan.FromMilliseconds(1));
        t.Turn.Hint.ShouldBe("________");

        t.AdvanceTo(drawingStart + TimeSpan.FromSeconds(30));
        t.Turn.Hint.ShouldBe("e_______");
        t.NextDueAt.ShouldBe(drawingStart + TimeSpan.FromSeconds(60));

        t.AdvanceTo(drawingStart + TimeSpan.FromSeconds(60));
        t.Turn.Hint.ShouldBe("el______");
        t.Turn.RevealedPositions.ShouldBe([0, 1]);
        t.NextDueAt.ShouldBe(drawingStart + TimeSpan.FromSeconds(90));
    }

    [Fact]
    public void Hints_are_capped_at_half_of_the_letters_and_spread_evenly()
    {
        // "elephant" has 8 letters: 5 hints asked, 4 given, at 90 * k / 5 = 18, 36, 54, 72 s.
        var t = TestGame.Start(drawingSeconds: 90, hints: 5);
        t.Choose(0);
        var drawingStart = t.Clock.Now;
        var hintTimes = new List<double>();

        while (t.NextDueAt is { } due && due < t.Turn.PhaseEndsAt)
        {
            hintTimes.Add((due - drawingStart).TotalSeconds);
            t.AdvanceTo(due);
        }

        hintTimes.ShouldBe([18d, 36d, 54d, 72d]);
        t.Turn.Hint.ShouldBe("elep____");
        t.Turn.Hint.Count(c => c == '_').ShouldBe(4);
    }

    [Fact]
    public void A_three_letter_word_gets_one_hint_at_half_time()
    {
        var t = TestGame.Start(drawingSeconds: 80, hints: 2, deck: ["cat", "dog", "owl"]);
        t.Choose(0);
        var drawingStart = t.Clock.Now;

        t.NextDueAt.ShouldBe(drawingStart + TimeSpan.FromSeconds(40));
        t.AdvanceTo(drawingStart + TimeSpan.FromSeconds(40));

        t.Turn.Hint.ShouldBe("c__");
        t.NextDueAt.ShouldBe(drawingStart + TimeSpan.FromSeconds(80));
    }

    [Fact]
    public void With_zero_hints_nothing_is_revealed_before_time_is_up()
    {
        var t = TestGame.Start(hints: 0);
        t.Choose(0);
        t.Events();

        t.NextDueAt.ShouldBe(t.Turn.PhaseEndsAt);
        t.AdvanceTo(t.Turn.PhaseEndsAt - TimeSpan.FromMilliseconds(1));

        t.Turn.Hint.ShouldBe("________");
        t.Events().ShouldBeEmpty();
    }

    [Fact]
    public void Hint_letters_are_the_random_picks_and_spaces_stay_visible()
    {
        // "ice cream": letters at 0,1,2,4,5,6,7,8. Pick the 4th letter (index 4, 'c'), then the 1st.
        var t = TestGame.Start(drawingSeconds: 90, hints: 2, deck: ["ice cream", "t-shirt", "cat"]);
        t.Random.Enqueue(3, 0);
        t.Choose(0);

        t.Wait(30);
        t.Turn.Hint.ShouldBe("___ c____");
        t.Wait(30);
        t.Turn.Hint.ShouldBe("i__ c____");
        t.Random.Bounds.ShouldBe([8, 7]);
    }

    [Fact]
    public void Hyphens_are_shown_in_the_pattern_and_never_hinted()
    {
        var t = TestGame.Start(hints: 2, deck: ["t-shirt", "cat", "dog"]);
        t.Choose(0);

        t.Turn.Hint.ShouldBe("_-_____");
        t.Wait(30);
        t.Turn.Hint.ShouldBe("t-_____");
        t.Wait(30);
        t.Turn.Hint.ShouldBe("t-s____");
    }

    [Fact]
    public void Korean_words_count_syllables_for_the_pattern_and_the_hints()
    {
        var t = TestGame.Start(drawingSeconds: 90, hints: 2, deck: ["고양이", "아이스 크림", "사과"]);
        t.Choose(0);

        t.Turn.Hint.ShouldBe("___");
        t.NextDueAt.ShouldBe(t.Turn.DrawingStartedAt + TimeSpan.FromSeconds(45)); // 3 syllables: one hint
        t.Wait(45);
        t.Turn.Hint.ShouldBe("고__");
    }

    [Fact]
    public void A_korean_phrase_keeps_its_space_and_gets_two_hints()
    {
        var t = TestGame.Start(drawingSeconds: 90, hints: 2, deck: ["아이스 크림", "고양이", "사과"]);
        t.Choose(0);

        t.Turn.Hint.ShouldBe("___ __");
        t.Wait(30);
        t.Turn.Hint.ShouldBe("아__ __");
        t.Wait(30);
        t.Turn.Hint.ShouldBe("아이_ __");
    }

    // ---- Guessing and points ------------------------------------------------------------------

    [Fact]
    public void A_correct_guess_scores_by_time_and_order()
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);

        t.Wait(18);
        t.Guess(t.P(2), "Elephant").ShouldBe(GuessVerdict.Correct);
        t.Turn.PointsOf(t.P(2)).ShouldBe(300); // 50 + floor(250 * 72 / 90) + 50

        t.Wait(27);
        t.Guess(t.P(3), "elephant").ShouldBe(GuessVerdict.Correct);
        t.Turn.PointsOf(t.P(3)).ShouldBe(215); // 50 + floor(250 * 45 / 90) + 40

        t.Turn.GuessedInOrder.ShouldBe([t.P(2), t.P(3)]);
    }

    [Fact]
    public void A_second_correct_guess_by_the_same_player_does_not_score_again()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");
        t.Events();

        t.Wait(1);
        t.Guess(t.P(2), "elephant").ShouldBeNull();

        t.Turn.PointsOf(t.P(2)).ShouldBe(300);
        t.Turn.GuessedInOrder.ShouldBe([t.P(2)]);
        t.Events().ShouldBeEmpty();
        t.Game.FindParticipant(t.P(2))!.CorrectGuesses.ShouldBe(1);
    }

    [Fact]
    public void The_drawer_cannot_guess_their_own_word()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        t.Guess(t.P(1), "elephant").ShouldBeNull();

        t.Turn.HasGuessed(t.P(1)).ShouldBeFalse();
        t.Turn.PointsOf(t.P(1)).ShouldBe(0);
        t.Game.Phase.ShouldBe(GamePhase.Drawing);
    }

    [Fact]
    public void Wrong_and_close_guesses_score_nothing()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        t.Guess(t.P(2), "giraffe").ShouldBe(GuessVerdict.Wrong);
        t.Guess(t.P(2), "elephnat").ShouldBe(GuessVerdict.Close);

        t.Turn.HasGuessed(t.P(2)).ShouldBeFalse();
        t.Turn.Points.ShouldBeEmpty();
    }

    [Fact]
    public void Messages_while_choosing_are_not_guesses()
    {
        var t = TestGame.Start(players: 3);

        t.Guess(t.P(2), "elephant").ShouldBeNull();

        t.Turn.Points.ShouldBeEmpty();
    }

    [Fact]
    public void Guesses_during_the_reveal_do_not_score()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.AdvanceTo(t.Turn.PhaseEndsAt);

        t.Guess(t.P(2), "elephant").ShouldBeNull();

        t.Score(t.P(2)).ShouldBe(0);
    }

    [Fact]
    public void A_guess_after_the_deadline_but_before_the_timer_fires_still_gets_the_base_points()
    {
        // The timer may fire a little late; the guess then counts with no time bonus.
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);
        t.Clock.AdvanceSeconds(91);

        t.Guess(t.P(2), "elephant").ShouldBe(GuessVerdict.Correct);

        t.Turn.PointsOf(t.P(2)).ShouldBe(100); // 50 + 0 + 50
    }

    [Fact]
    public void When_everyone_guessed_the_turn_ends_and_points_are_added_to_scores()
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");
        t.Game.Phase.ShouldBe(GamePhase.Drawing);

        t.Wait(27);
        t.Guess(t.P(3), "elephant");

        t.Game.Phase.ShouldBe(GamePhase.Reveal);
        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Turn.PhaseEndsAt.ShouldBe(t.Clock.Now + TimeSpan.FromSeconds(5));
        t.Turn.PointsOf(t.P(1)).ShouldBe(200);
        t.Score(t.P(1)).ShouldBe(200);
        t.Score(t.P(2)).ShouldBe(300);
        t.Score(t.P(3)).ShouldBe(215);
    }

    [Theory]
    [InlineData(4, 0, 0)]
    [InlineData(4, 1, 66)]   // floor(200 * 1 / 3)
    [InlineData(4, 2, 133)]  // floor(200 * 2 / 3)
    [InlineData(5, 1, 50)]   // floor(200 * 1 / 4)
    [InlineData(5, 3, 150)]  // floor(200 * 3 / 4)
    public void When_time_is_up_the_drawer_gets_a_share_of_200_by_how_many_guessed(int players, int guessers, int drawerPoints)
    {
        var t = TestGame.Start(players: players);
        t.Choose(0);
        for (var i = 0; i < guessers; i++) t.Guess(t.P(2 + i), "elephant");

        t.AdvanceTo(t.Turn.PhaseEndsAt);

        t.Turn.EndReason.ShouldBe(TurnEndReason.TimeUp);
        t.Turn.PointsOf(t.P(1)).ShouldBe(drawerPoints);
        t.Score(t.P(1)).ShouldBe(drawerPoints);
    }

    [Fact]
    public void The_drawer_gets_nothing_before_the_turn_ends()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Guess(t.P(2), "elephant");

        t.Turn.PointsOf(t.P(1)).ShouldBe(0);
        t.Score(t.P(1)).ShouldBe(0);
    }

    [Fact]
    public void A_two_player_game_gives_the_drawer_200_when_the_guesser_gets_it()
    {
        var t = TestGame.Start(players: 2, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);

        t.Guess(t.P(2), "elephant");

        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Score(t.P(1)).ShouldBe(200);
        t.Score(t.P(2)).ShouldBe(300);
    }

    [Fact]
    public void A_two_player_game_gives_the_drawer_nothing_when_the_guesser_misses()
    {
        var t = TestGame.Start(players: 2);
        t.Choose(0);

        t.AdvanceTo(t.Turn.PhaseEndsAt);

        t.Turn.EndReason.ShouldBe(TurnEndReason.TimeUp);
        t.Score(t.P(1)).ShouldBe(0);
        t.Score(t.P(2)).ShouldBe(0);
    }

    [Fact]
    public void A_guesser_disconnected_past_the_grace_period_no_longer_holds_up_the_turn()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Wait(20);
        t.Guess(t.P(2), "elephant");
        t.SetConnected(t.P(3), false);
        var graceEnd = t.Clock.Now + TimeSpan.FromSeconds(10);

        t.Game.Phase.ShouldBe(GamePhase.Drawing); // a page reload must not end the turn for everyone
        t.NextDueAt.ShouldBe(graceEnd);
        t.AdvanceTo(graceEnd - TimeSpan.FromMilliseconds(1));
        t.Game.Phase.ShouldBe(GamePhase.Drawing);

        t.AdvanceTo(graceEnd);

        t.Game.Phase.ShouldBe(GamePhase.Reveal);
        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Turn.PointsOf(t.P(1)).ShouldBe(100); // one of the two eligible guessers: floor(200 * 1 / 2)
    }

    [Fact]
    public void A_guesser_who_reconnects_within_the_grace_period_still_gets_to_guess()
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);
        t.Guess(t.P(2), "elephant");
        t.SetConnected(t.P(3), false);
        t.Wait(9);
        t.SetConnected(t.P(3), true);

        t.Wait(1);
        t.Game.Phase.ShouldBe(GamePhase.Drawing);
        t.NextDueAt.ShouldBe(t.Turn.PhaseEndsAt);

        t.Wait(8); // 18 s into the drawing
        t.Guess(t.P(3), "elephant").ShouldBe(GuessVerdict.Correct);
        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Score(t.P(3)).ShouldBe(290); // second: 50 + floor(250 * 72 / 90) + 40
        t.Score(t.P(1)).ShouldBe(200);
    }

    [Fact]
    public void A_guesser_reloading_while_the_drawer_chooses_is_still_an_eligible_guesser()
    {
        // protocol.md: "A guesser who lost the connection less than 10 s ago still counts as connected".
        // A reload that happens to span the moment drawing begins must not cost the drawer their points.
        var t = TestGame.Start(players: 2, drawingSeconds: 90);
        t.Wait(3);
        t.SetConnected(t.P(2), false); // page reload
        t.Wait(1);
        t.Choose(0);                                     // drawing starts 1 s into the reload
        t.Wait(1);
        t.SetConnected(t.P(2), true);  // back after 2 s

        t.Wait(17);                                      // 18 s into the drawing
        t.Guess(t.P(2), "elephant");

        t.Turn.EligibleGuessers.ShouldContain(t.P(2));
        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Score(t.P(1)).ShouldBe(200);
        t.Score(t.P(2)).ShouldBe(300);
    }

    [Fact]
    public void Once_an_absent_guessers_grace_is_over_the_last_guess_of_the_others_ends_the_turn()
    {
        var t = TestGame.Start(players: 4);
        t.Choose(0);
        t.SetConnected(t.P(4), false);
        t.Wait(10);
        t.Game.Phase.ShouldBe(GamePhase.Drawing); // nobody guessed yet: nothing to end
        t.NextDueAt.ShouldBe(t.Turn.PhaseEndsAt);

        t.Guess(t.P(2), "elephant");
        t.Guess(t.P(3), "elephant");

        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Turn.PointsOf(t.P(1)).ShouldBe(133); // 2 of 3 eligible: the absent player still counts
    }

    [Fact]
    public void A_guesser_disconnecting_when_nobody_guessed_does_not_end_the_turn()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        t.SetConnected(t.P(3), false);

        t.Game.Phase.ShouldBe(GamePhase.Drawing);
    }

    [Fact]
    public void A_player_joining_mid_turn_is_not_needed_for_the_early_end()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        var late = TestPlayers.Id(4);
        t.Game.AddParticipant(late, "Late", 3);

        t.Guess(t.P(2), "elephant");
        t.Guess(t.P(3), "elephant");

        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Turn.EligibleGuessers.ShouldNotContain(late);
    }

    [Fact]
    public void A_player_joining_mid_turn_can_guess_without_changing_anyone_elses_points()
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);
        var late = TestPlayers.Id(4);
        t.Game.AddParticipant(late, "Late", 3);

        t.Wait(9);
        t.Guess(late, "elephant").ShouldBe(GuessVerdict.Correct);
        t.Wait(9);
        t.Guess(t.P(2), "elephant");
        t.Wait(27);
        t.Guess(t.P(3), "elephant");

        t.Turn.PointsOf(late).ShouldBe(325);     // 50 + floor(250 * 81 / 90) + 50
        t.Turn.PointsOf(t.P(2)).ShouldBe(300);   // still the first eligible guesser: same as without the joiner
        t.Turn.PointsOf(t.P(3)).ShouldBe(215);
        t.Turn.PointsOf(t.P(1)).ShouldBe(200);   // 2 of 2 eligible: the joiner is not counted
        t.Score(late).ShouldBe(325);
    }

    [Fact]
    public void A_mid_turn_joiners_correct_guess_does_not_count_for_the_drawer()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        var late = TestPlayers.Id(4);
        t.Game.AddParticipant(late, "Late", 3);
        t.Guess(late, "elephant");
        t.Guess(t.P(2), "elephant");

        t.AdvanceTo(t.Turn.PhaseEndsAt);

        t.Turn.EndReason.ShouldBe(TurnEndReason.TimeUp);
        t.Score(t.P(1)).ShouldBe(100); // 1 of the 2 eligible guessers, not 2 of 2
    }

    [Fact]
    public void A_player_joining_mid_turn_starts_with_zero_and_joining_twice_resets_nothing()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        var late = TestPlayers.Id(4);
        t.Game.AddParticipant(late, "Late", 3);
        t.Guess(late, "elephant");
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        var score = t.Score(late);

        t.Game.AddParticipant(late, "Late", 3);

        score.ShouldBe(350);
        t.Score(late).ShouldBe(350);
        t.Game.Participants.Count.ShouldBe(4);
    }

    [Fact]
    public void A_guesser_who_leaves_does_not_change_the_points_of_the_others()
    {
        // P4 leaves without guessing: the drawer's share still counts P4 (2 of 3), as if P4 had stayed and missed.
        var t = TestGame.Start(players: 4, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");
        t.Game.RemoveParticipant(t.P(4), t.Clock.Now, t.Presence);
        t.Wait(27);

        t.Guess(t.P(3), "elephant");

        t.Turn.EndReason.ShouldBe(TurnEndReason.AllGuessed);
        t.Score(t.P(2)).ShouldBe(300);
        t.Score(t.P(3)).ShouldBe(215);
        t.Score(t.P(1)).ShouldBe(133);
    }

    [Fact]
    public void A_guesser_who_leaves_after_guessing_still_counts_for_order_and_for_the_drawer()
    {
        var t = TestGame.Start(players: 4, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");
        t.Game.RemoveParticipant(t.P(2), t.Clock.Now, t.Presence);

        t.Wait(27);
        t.Guess(t.P(3), "elephant");
        t.Wait(15);
        t.Guess(t.P(4), "elephant");

        t.Score(t.P(3)).ShouldBe(215); // second: 50 + 125 + 40
        t.Score(t.P(4)).ShouldBe(163); // third: 50 + floor(250 * 30 / 90) + 30
        t.Score(t.P(1)).ShouldBe(200); // 3 of 3
    }

    [Fact]
    public void The_drawer_leaving_ends_the_turn_with_no_points_for_anyone()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Guess(t.P(2), "elephant");

        t.Game.RemoveParticipant(t.P(1), t.Clock.Now, t.Presence);

        t.Game.Phase.ShouldBe(GamePhase.Reveal);
        t.Turn.EndReason.ShouldBe(TurnEndReason.DrawerLeft);
        t.Turn.Points.ShouldBeEmpty();
        t.Score(t.P(2)).ShouldBe(0);
        t.Score(t.P(3)).ShouldBe(0);
        t.Game.IsRunning.ShouldBeTrue();
    }

    [Fact]
    public void The_drawer_leaving_while_choosing_ends_the_turn_and_the_next_player_draws()
    {
        var t = TestGame.Start(players: 3);

        t.Game.RemoveParticipant(t.P(1), t.Clock.Now, t.Presence);

        t.Turn.EndReason.ShouldBe(TurnEndReason.DrawerLeft);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Drawer.ShouldBe(t.P(2));
    }

    [Fact]
    public void A_drawer_disconnected_past_the_grace_period_ends_the_turn_with_no_points()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Wait(20);
        t.Guess(t.P(2), "elephant");
        t.SetConnected(t.P(1), false);
        var graceEnd = t.Clock.Now + TimeSpan.FromSeconds(10);

        t.NextDueAt.ShouldBe(graceEnd);
        t.AdvanceTo(graceEnd - TimeSpan.FromMilliseconds(1));
        t.Game.Phase.ShouldBe(GamePhase.Drawing);

        t.AdvanceTo(graceEnd);

        t.Game.Phase.ShouldBe(GamePhase.Reveal);
        t.Turn.EndReason.ShouldBe(TurnEndReason.DrawerLeft);
        t.Score(t.P(2)).ShouldBe(0);
        t.Score(t.P(1)).ShouldBe(0);
    }

    [Fact]
    public void A_drawer_disconnected_while_choosing_loses_the_turn_after_the_grace_period()
    {
        var t = TestGame.Start(players: 3);
        t.Wait(2);
        t.SetConnected(t.P(1), false);

        t.NextDueAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(12));
        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(12));

        t.Turn.EndReason.ShouldBe(TurnEndReason.DrawerLeft);
        t.Turn.Word.ShouldBeNull();
    }

    [Fact]
    public void A_drawer_reconnecting_within_the_grace_period_keeps_the_turn()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        var phaseEnd = t.Turn.PhaseEndsAt;
        t.Wait(20);
        t.SetConnected(t.P(1), false);
        t.Wait(9);

        t.SetConnected(t.P(1), true);
        t.Wait(1);

        t.Game.Phase.ShouldBe(GamePhase.Drawing);
        t.Turn.EndReason.ShouldBeNull();
        t.Turn.DrawerGraceEndsAt.ShouldBeNull();
        t.NextDueAt.ShouldBe(phaseEnd);
        t.Guess(t.P(2), "elephant").ShouldBe(GuessVerdict.Correct);
    }

    [Fact]
    public void A_drawer_who_disconnects_during_the_reveal_is_not_timed_out_but_skipped()
    {
        var t = TestGame.Start(players: 3);
        t.PlayTurnToTimeUp();
        t.Choose(0);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        var revealEnd = t.Turn.PhaseEndsAt;

        t.SetConnected(t.P(3), false);

        t.NextDueAt.ShouldBe(revealEnd);
        t.AdvanceTo(revealEnd);
        t.Game.Phase.ShouldBe(GamePhase.GameOver); // P3, the last drawer of the only round, is away
    }

    [Fact]
    public void Fewer_than_two_players_stop_the_game()
    {
        var t = TestGame.Start(players: 2);
        t.Choose(0);
        t.Events();

        t.Game.RemoveParticipant(t.P(2), t.Clock.Now, t.Presence);

        t.Game.IsStopped.ShouldBeTrue();
        t.Game.IsRunning.ShouldBeFalse();
        t.NextDueAt.ShouldBeNull();
        t.Events().ShouldBe([new GameStoppedDomainEvent(t.Game.Id)]);
    }

    [Fact]
    public void A_stopped_game_does_not_advance_or_accept_guesses_or_drawing()
    {
        var t = TestGame.Start(players: 2);
        t.Choose(0);
        t.Game.RemoveParticipant(t.P(2), t.Clock.Now, t.Presence);
        t.Events();

        t.AdvanceTo(t.Clock.Now + TimeSpan.FromMinutes(5));

        t.Events().ShouldBeEmpty();
        ShouldFailWith(() => t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [10, 10], t.Clock.Now), ErrorCodes.NotDrawer);
    }

    [Fact]
    public void Three_players_and_one_leaves_the_game_goes_on()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        t.Game.RemoveParticipant(t.P(3), t.Clock.Now, t.Presence);

        t.Game.IsRunning.ShouldBeTrue();
        t.Game.Phase.ShouldBe(GamePhase.Drawing);
    }

    // ---- Reveal, next turn, game over ----------------------------------------------------------

    [Fact]
    public void Time_up_shows_the_reveal_for_five_seconds_then_the_next_turn_starts()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        var drawingEnd = t.Turn.PhaseEndsAt;

        t.AdvanceTo(drawingEnd);
        t.Game.Phase.ShouldBe(GamePhase.Reveal);
        t.Turn.EndReason.ShouldBe(TurnEndReason.TimeUp);
        t.Turn.PhaseEndsAt.ShouldBe(drawingEnd + TimeSpan.FromSeconds(5));
        t.Game.KnowsWord(t.P(2)).ShouldBeTrue();

        t.AdvanceTo(drawingEnd + TimeSpan.FromSeconds(5) - TimeSpan.FromMilliseconds(1));
        t.Game.Phase.ShouldBe(GamePhase.Reveal);

        t.AdvanceTo(drawingEnd + TimeSpan.FromSeconds(5));
        t.Game.Phase.ShouldBe(GamePhase.Choosing);
        t.Turn.Id.ShouldBe(2);
        t.Drawer.ShouldBe(t.P(2));
        t.Turn.Options.ShouldBe(["rainbow", "volcano", "bicycle"]);
        t.Turn.PhaseEndsAt.ShouldBe(drawingEnd + TimeSpan.FromSeconds(20));
        t.Turn.Canvas.Operations.ShouldBeEmpty();
    }

    [Fact]
    public void Only_the_reveal_of_the_last_round_s_last_drawer_is_the_last_turn()
    {
        var t = TestGame.Start(players: 2, rounds: 2);
        var lastTurnAtReveal = new List<bool>();

        while (t.Game.Phase != GamePhase.GameOver)
        {
            t.Choose();
            t.AdvanceTo(t.Turn.PhaseEndsAt);
            lastTurnAtReveal.Add(t.Game.IsLastTurn(t.Presence));
            t.AdvanceTo(t.Turn.PhaseEndsAt);
        }

        lastTurnAtReveal.ShouldBe([false, false, false, true]);
    }

    [Fact]
    public void A_player_joining_during_the_last_reveal_means_it_is_not_the_last_turn_any_more()
    {
        var t = TestGame.Start(players: 2, rounds: 1);
        t.PlayTurnToTimeUp();
        t.Choose();
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Game.IsLastTurn(t.Presence).ShouldBeTrue();

        t.Game.AddParticipant(TestPlayers.Id(3), "Late", 3);

        t.Game.IsLastTurn(t.Presence).ShouldBeFalse();
    }

    [Fact]
    public void After_the_last_turn_the_game_is_over_with_a_podium_where_ties_share_a_rank()
    {
        var t = TestGame.Start(players: 3, rounds: 1, drawingSeconds: 90);
        // Turn 1: P1 draws, P2 guesses at once (350), P3 misses: P1 gets 100.
        t.Choose(0);
        t.Guess(t.P(2), "elephant");
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        // Turn 2: P2 draws "rainbow", P1 guesses at once (350), P3 misses: P2 gets 100.
        t.Choose(0);
        t.Guess(t.P(1), "rainbow");
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        // Turn 3: P3 draws, nobody guesses.
        t.Choose(0);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        var lastRevealEnd = t.Turn.PhaseEndsAt;
        t.Events();

        t.AdvanceTo(lastRevealEnd);

        t.Game.Phase.ShouldBe(GamePhase.GameOver);
        t.Game.IsRunning.ShouldBeFalse();
        t.Game.FinishedAt.ShouldBe(lastRevealEnd);
        t.NextDueAt.ShouldBeNull();
        t.Game.Standings().Select(s => (s.Participant.PlayerId, s.Participant.Score, s.Rank))
            .ShouldBe([(t.P(1), 450, 1), (t.P(2), 450, 1), (t.P(3), 0, 3)]);
        t.Events().ShouldBe([new GameFinishedDomainEvent(t.Game.Id)]);
    }

    [Fact]
    public void The_podium_ranks_distinct_scores_one_two_three()
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");
        t.Wait(27);
        t.Guess(t.P(3), "elephant");

        t.Game.Standings().Select(s => (s.Participant.PlayerId, s.Rank))
            .ShouldBe([(t.P(2), 1), (t.P(3), 2), (t.P(1), 3)]); // 300, 215, 200
    }

    [Fact]
    public void Turns_drawn_and_correct_guesses_are_counted_for_the_results()
    {
        var t = TestGame.Start(players: 2, rounds: 2);
        for (var turn = 0; turn < 4; turn++)
        {
            t.Choose(0);
            var guesser = t.Drawer == t.P(1) ? t.P(2) : t.P(1);
            if (turn != 3) t.Guess(guesser, t.Turn.Word!.Text);
            if (t.Game.Phase == GamePhase.Drawing) t.AdvanceTo(t.Turn.PhaseEndsAt);
            t.AdvanceTo(t.Turn.PhaseEndsAt);
        }

        t.Game.Phase.ShouldBe(GamePhase.GameOver);
        var p1 = t.Game.FindParticipant(t.P(1))!;
        var p2 = t.Game.FindParticipant(t.P(2))!;
        (p1.TurnsDrawn, p1.CorrectGuesses).ShouldBe((2, 1));
        (p2.TurnsDrawn, p2.CorrectGuesses).ShouldBe((2, 2));
    }

    [Fact]
    public void A_new_game_in_the_same_room_starts_with_every_score_at_zero()
    {
        var first = TestGame.Start(players: 2);
        first.Choose(0);
        first.Guess(first.P(2), "elephant");
        first.AdvanceTo(first.Turn.PhaseEndsAt);
        first.Score(first.P(2)).ShouldBe(350);

        var second = Game.Start(GameId.New(), first.Game.RoomId, "Test room", first.Game.Rules, GameTimings.Standard,
            first.Game.Participants.Select(p => (p.PlayerId, p.Name, p.JoinOrder)), TestGame.DefaultDeck, first.Presence, first.Clock.Now);

        second.Participants.Select(p => (p.Score, p.TurnsDrawn, p.CorrectGuesses)).ShouldBe([(0, 0, 0), (0, 0, 0)]);
        second.Round.ShouldBe(1);
        second.CurrentTurn!.Id.ShouldBe(1);
        second.CurrentTurn.DrawerId.ShouldBe(first.P(1));
    }

    // ---- Who knows the word -------------------------------------------------------------------

    [Fact]
    public void Only_the_drawer_and_players_who_guessed_know_the_word_until_the_reveal()
    {
        var t = TestGame.Start(players: 3);
        t.Game.KnowsWord(t.P(1)).ShouldBeFalse(); // no word yet
        t.Choose(0);

        t.Game.KnowsWord(t.P(1)).ShouldBeTrue();
        t.Game.KnowsWord(t.P(2)).ShouldBeFalse();
        t.Guess(t.P(2), "elephant");
        t.Game.KnowsWord(t.P(2)).ShouldBeTrue();
        t.Game.KnowsWord(t.P(3)).ShouldBeFalse();

        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Game.KnowsWord(t.P(3)).ShouldBeTrue();
    }

    [Fact]
    public void The_guessed_channel_is_for_the_drawer_and_those_who_guessed()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Guess(t.P(2), "elephant");

        t.Game.CanChatInGuessedChannel(t.P(1)).ShouldBeTrue();
        t.Game.CanChatInGuessedChannel(t.P(2)).ShouldBeTrue();
        t.Game.CanChatInGuessedChannel(t.P(3)).ShouldBeFalse();

        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Game.CanChatInGuessedChannel(t.P(2)).ShouldBeFalse();
    }

    // ---- Drawing rights -----------------------------------------------------------------------

    [Fact]
    public void Only_the_drawer_can_draw()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        ShouldFailWith(() => t.Game.DrawStroke(t.P(2), 1, DrawingTool.Pen, 3, 1, [10, 10], t.Clock.Now), ErrorCodes.NotDrawer);
        ShouldFailWith(() => t.Game.Fill(t.P(2), 2, 5, 5, 4, t.Clock.Now), ErrorCodes.NotDrawer);
        ShouldFailWith(() => t.Game.Clear(t.P(2), 3, t.Clock.Now), ErrorCodes.NotDrawer);
        t.Turn.Canvas.Operations.ShouldBeEmpty();
    }

    [Fact]
    public void The_drawer_cannot_draw_while_choosing()
    {
        var t = TestGame.Start(players: 3);

        ShouldFailWith(() => t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [10, 10], t.Clock.Now), ErrorCodes.WrongPhase);
    }

    [Fact]
    public void The_drawer_cannot_draw_during_the_reveal()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.AdvanceTo(t.Turn.PhaseEndsAt);

        ShouldFailWith(() => t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [10, 10], t.Clock.Now), ErrorCodes.WrongPhase);
        ShouldFailWith(() => t.Game.Undo(t.P(1), 1, t.Clock.Now), ErrorCodes.WrongPhase);
    }

    [Fact]
    public void The_drawer_draws_undoes_and_redoes_on_the_turns_canvas()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [10, 10, 20, 20], t.Clock.Now);
        t.Game.Fill(t.P(1), 2, 100, 100, 8, t.Clock.Now);
        t.Game.Undo(t.P(1), 1, t.Clock.Now);

        t.Turn.Canvas.Operations.Select(o => (o.Kind, o.StrokeId, o.Undone))
            .ShouldBe([(CanvasOperationKind.Stroke, 1, true), (CanvasOperationKind.Fill, 2, false)]);
        t.Game.Redo(t.P(1), 1, t.Clock.Now);
        t.Turn.Canvas.Operations[0].Undone.ShouldBeFalse();
    }

    [Fact]
    public void The_drawer_is_rate_limited_after_a_burst_of_120_calls()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        for (var i = 0; i < 120; i++)
            t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [i, i], t.Clock.Now);

        ShouldFailWith(() => t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [5, 5], t.Clock.Now), ErrorCodes.RateLimited);
        t.Turn.Canvas.Operations[0].Points.Count.ShouldBe(240);

        t.Clock.AdvanceSeconds(0.5); // 30 more
        Should.NotThrow(() => t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [5, 5], t.Clock.Now));
    }

    // ---- NextDueAt ----------------------------------------------------------------------------

    [Fact]
    public void NextDueAt_follows_each_deadline_of_a_turn()
    {
        var t = TestGame.Start(players: 2, drawingSeconds: 60, hints: 1);

        t.NextDueAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(15)); // choosing
        t.Wait(3);
        t.Choose(0);
        t.NextDueAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(33)); // hint at 60 / 2
        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(33));
        t.NextDueAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(63)); // end of drawing
        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(63));
        t.NextDueAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(68)); // end of reveal
        t.AdvanceTo(t.StartedAt + TimeSpan.FromSeconds(68));
        t.NextDueAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(83)); // next choosing
    }

    [Fact]
    public void NextDueAt_is_the_drawers_grace_end_when_that_comes_first()
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90, hints: 2);
        t.Choose(0);
        t.Wait(35);

        t.SetConnected(t.P(1), false);

        t.NextDueAt.ShouldBe(t.StartedAt + TimeSpan.FromSeconds(45)); // before the hint at 60 s
    }

    [Fact]
    public void NextDueAt_is_null_once_the_game_is_over()
    {
        var t = TestGame.Start(players: 2);
        t.PlayTurnToTimeUp();
        t.PlayTurnToTimeUp();

        t.Game.Phase.ShouldBe(GamePhase.GameOver);
        t.NextDueAt.ShouldBeNull();
    }

    // ---- Domain events ------------------------------------------------------------------------

    [Fact]
    public void A_game_raises_its_events_in_order()
    {
        var t = TestGame.Start(players: 2, rounds: 1, drawingSeconds: 90, hints: 1);
        var id = t.Game.Id;
        t.Events().ShouldBe([new GameStartedDomainEvent(id), new TurnStartedDomainEvent(1)]);

        t.Choose(0);
        t.Events().ShouldBe([new DrawingStartedDomainEvent(1)]);

        t.Wait(45);
        t.Events().ShouldBe([new HintRevealedDomainEvent(1)]);

        t.Wait(5);
        t.Guess(t.P(2), "elephant");
        t.Events().ShouldBe([
            new PlayerGuessedDomainEvent(1, t.P(2), 1, 211, TimeSpan.FromSeconds(50)), // 50 + floor(250 * 40 / 90) + 50
            new TurnEndedDomainEvent(1, TurnEndReason.AllGuessed),
        ]);

        t.Wait(5);
        t.Events().ShouldBe([new TurnStartedDomainEvent(2)]);

        t.Choose(0);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Events().ShouldBe([new DrawingStartedDomainEvent(2), new HintRevealedDomainEvent(2), new TurnEndedDomainEvent(2, TurnEndReason.TimeUp)]);

        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Events().ShouldBe([new GameFinishedDomainEvent(id)]);
    }

    [Fact]
    public void The_drawer_leaving_raises_turn_ended_with_reason_drawer_left()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Events();

        t.Game.RemoveParticipant(t.P(1), t.Clock.Now, t.Presence);

        t.Events().ShouldBe([new TurnEndedDomainEvent(1, TurnEndReason.DrawerLeft)]);
    }
}
