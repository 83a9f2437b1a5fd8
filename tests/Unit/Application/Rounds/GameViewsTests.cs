using DrawGuess.Application.Rounds;
using DrawGuess.Domain.Rounds;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Application.Rounds;

public sealed class GameViewsTests
{
    [Fact]
    public void While_choosing_only_the_drawer_gets_the_word_options()
    {
        var t = TestGame.Start(players: 3);

        var drawer = GameViews.StateFor(t.Game, t.P(1), t.Clock.Now);
        var guesser = GameViews.StateFor(t.Game, t.P(2), t.Clock.Now);

        drawer.Phase.ShouldBe("choosing");
        drawer.WordOptions.ShouldBe(["elephant", "giraffe", "penguin"]);
        drawer.Word.ShouldBeNull();
        guesser.WordOptions.ShouldBeNull();
        guesser.Word.ShouldBeNull();
        guesser.Hint.ShouldBe(string.Empty);
    }

    [Fact]
    public void While_drawing_a_guesser_gets_the_pattern_and_no_word()
    {
        var t = TestGame.Start(players: 3, deck: ["ice cream", "cat", "dog"]);
        t.Choose(0);

        var guesser = GameViews.StateFor(t.Game, t.P(2), t.Clock.Now);

        guesser.Phase.ShouldBe("drawing");
        guesser.Word.ShouldBeNull();
        guesser.WordOptions.ShouldBeNull();
        guesser.Hint.ShouldBe("___ _____");
    }

    [Fact]
    public void While_drawing_the_drawer_gets_the_word_but_not_the_options()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        var drawer = GameViews.StateFor(t.Game, t.P(1), t.Clock.Now);

        drawer.Word.ShouldBe("elephant");
        drawer.WordOptions.ShouldBeNull();
    }

    [Fact]
    public void A_guesser_who_guessed_gets_the_word_and_the_others_still_do_not()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Guess(t.P(2), "elephant");

        GameViews.StateFor(t.Game, t.P(2), t.Clock.Now).Word.ShouldBe("elephant");
        GameViews.StateFor(t.Game, t.P(3), t.Clock.Now).Word.ShouldBeNull();
    }

    [Fact]
    public void At_the_reveal_everyone_gets_the_word()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.AdvanceTo(t.Turn.PhaseEndsAt);

        foreach (var player in t.Players)
        {
            var state = GameViews.StateFor(t.Game, player, t.Clock.Now);
            state.Phase.ShouldBe("reveal");
            state.Word.ShouldBe("elephant");
        }
    }

    [Fact]
    public void The_word_is_nowhere_in_a_guessers_state_while_drawing()
    {
        var t = TestGame.Start(players: 3, hints: 2);
        t.Choose(0);
        t.Wait(31);
        t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [1, 1], t.Clock.Now);

        var state = GameViews.StateFor(t.Game, t.P(2), t.Clock.Now);

        System.Text.Json.JsonSerializer.Serialize(state).ShouldNotContain("elephant", Case.Insensitive);
        System.Text.Json.JsonSerializer.Serialize(GameViews.DrawingStarted(t.Game, t.Turn, t.P(2), t.Clock.Now))
            .ShouldNotContain("elephant", Case.Insensitive);
        state.Hint.ShouldBe("e_______");
    }

    [Fact]
    public void Deadlines_are_sent_as_epoch_milliseconds_and_time_left()
    {
        var t = TestGame.Start(players: 3);
        t.Clock.AdvanceSeconds(4.5);

        var state = GameViews.StateFor(t.Game, t.P(2), t.Clock.Now);

        state.PhaseEndsAt.ShouldBe((t.StartedAt + TimeSpan.FromSeconds(15)).ToUnixTimeMilliseconds());
        state.RemainingMs.ShouldBe(10_500);
    }

    [Fact]
    public void Time_left_is_never_negative()
    {
        var t = TestGame.Start(players: 3);

        GameViews.StateFor(t.Game, t.P(2), t.StartedAt + TimeSpan.FromSeconds(20)).RemainingMs.ShouldBe(0);
    }

    [Fact]
    public void Scores_show_each_players_total_turn_points_and_role()
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");

        var state = GameViews.StateFor(t.Game, t.P(3), t.Clock.Now);

        state.Scores.Select(s => (s.PlayerId, s.Name, s.Score, s.TurnPoints, s.Guessed, s.IsDrawer)).ShouldBe([
            (t.P(1).ToString(), "P1", 0, 0, false, true),
            (t.P(2).ToString(), "P2", 0, 300, true, false),
            (t.P(3).ToString(), "P3", 0, 0, false, false),
        ]);
        state.Round.ShouldBe(1);
        state.TotalRounds.ShouldBe(1);
        state.TurnId.ShouldBe(1);
        state.DrawerId.ShouldBe(t.P(1).ToString());
        state.GameId.ShouldBe(t.Game.Id.ToString());
        state.Podium.ShouldBeNull();
    }

    [Fact]
    public void The_canvas_is_the_turns_operation_log_with_undone_flags()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);
        t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [1, 2, 3, 4], t.Clock.Now);
        t.Game.DrawStroke(t.P(1), 1, DrawingTool.Pen, 3, 1, [5, 6], t.Clock.Now);
        t.Game.DrawStroke(t.P(1), 2, DrawingTool.Eraser, 0, 3, [7, 8], t.Clock.Now);
        t.Game.Fill(t.P(1), 3, 100, 200, 8, t.Clock.Now);
        t.Game.Clear(t.P(1), 4, t.Clock.Now);
        t.Game.Undo(t.P(1), 4, t.Clock.Now);

        var canvas = GameViews.StateFor(t.Game, t.P(2), t.Clock.Now).Canvas;

        canvas.Count.ShouldBe(4);
        canvas[0].ShouldBeEquivalentTo(new DrawGuess.Application.Rounds.Contracts.CanvasOpDto("stroke", 1, "pen", 3, 1, new[] { 1, 2, 3, 4, 5, 6 }, null, null, false));
        (canvas[1].Kind, canvas[1].Tool, canvas[1].Size, canvas[1].Undone).ShouldBe(("stroke", "eraser", (int?)3, false));
        (canvas[2].Kind, canvas[2].StrokeId, canvas[2].X, canvas[2].Y, canvas[2].Color).ShouldBe(("fill", 3, (int?)100, (int?)200, (int?)8));
        (canvas[3].Kind, canvas[3].StrokeId, canvas[3].Undone).ShouldBe(("clear", 4, true));
    }

    [Fact]
    public void At_game_over_the_state_carries_the_podium_and_no_countdown()
    {
        var t = TestGame.Start(players: 2, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");        // P2 300, P1 200
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.PlayTurnToTimeUp();

        var state = GameViews.StateFor(t.Game, t.P(1), t.Clock.Now);

        state.Phase.ShouldBe("gameOver");
        state.RemainingMs.ShouldBe(0);
        state.PhaseEndsAt.ShouldBe(0);
        state.Podium!.Select(p => (p.PlayerId, p.Score, p.Rank)).ShouldBe([(t.P(2).ToString(), 300, 1), (t.P(1).ToString(), 200, 2)]);
    }

    [Fact]
    public void Drawing_started_carries_the_word_for_the_drawer_only()
    {
        var t = TestGame.Start(players: 3);
        t.Choose(0);

        var forDrawer = GameViews.DrawingStarted(t.Game, t.Turn, t.P(1), t.Clock.Now);
        var forGuesser = GameViews.DrawingStarted(t.Game, t.Turn, t.P(2), t.Clock.Now);

        forDrawer.Word.ShouldBe("elephant");
        forGuesser.Word.ShouldBeNull();
        forGuesser.Hint.ShouldBe("________");
        forGuesser.RemainingMs.ShouldBe(90_000);
    }

    [Fact]
    public void Turn_started_names_the_drawer_and_carries_no_options()
    {
        var t = TestGame.Start(players: 3);

        var started = GameViews.TurnStarted(t.Game, t.Turn, t.Clock.Now);

        (started.TurnId, started.Round, started.TotalRounds, started.DrawerId, started.DrawerName, started.Phase, started.RemainingMs)
            .ShouldBe((1, 1, 1, t.P(1).ToString(), "P1", "choosing", 15_000L));
    }

    [Theory]
    [InlineData("allGuessed")]
    [InlineData("timeUp")]
    [InlineData("drawerLeft")]
    public void Turn_ended_tells_the_word_the_reason_and_the_points(string reason)
    {
        var t = TestGame.Start(players: 3, drawingSeconds: 90);
        t.Choose(0);
        t.Wait(18);
        t.Guess(t.P(2), "elephant");
        switch (reason)
        {
            case "allGuessed": t.Guess(t.P(3), "elephant"); break;
            case "timeUp": t.AdvanceTo(t.Turn.PhaseEndsAt); break;
            default: t.Game.RemoveParticipant(t.P(1), t.Clock.Now, t.Presence); break;
        }

        var ended = GameViews.TurnEnded(t.Game, t.Turn, t.Presence, t.Clock.Now);

        ended.Word.ShouldBe("elephant");
        ended.Reason.ShouldBe(reason);
        ended.RemainingMs.ShouldBe(5_000);
        var points = ended.TurnPoints.Select(p => (p.PlayerId, p.Points)).OrderBy(p => p.PlayerId).ToArray();
        var (p1, p2, p3) = (t.P(1).ToString(), t.P(2).ToString(), t.P(3).ToString());
        (string, int)[] expected = reason switch
        {
            "allGuessed" => [(p1, 200), (p2, 300), (p3, 290)], // P3 second at the same moment: 50 + 200 + 40
            "timeUp" => [(p1, 100), (p2, 300)],
            _ => [],
        };
        points.ShouldBe(expected);
    }

    [Fact]
    public void Word_options_carry_the_choosing_deadline()
    {
        var t = TestGame.Start(players: 3, wordChoices: 2);

        var options = GameViews.WordOptions(t.Game, t.Turn, t.Clock.Now);

        options.Options.ShouldBe(["elephant", "giraffe"]);
        options.RemainingMs.ShouldBe(15_000);
        options.CanChange.ShouldBeTrue();
    }

    [Fact]
    public void Only_the_drawer_sees_that_other_words_can_be_asked_for_and_not_once_they_were()
    {
        var t = TestGame.Start(players: 3);
        GameViews.StateFor(t.Game, t.Drawer, t.Clock.Now).CanChangeWordOptions.ShouldBeTrue();
        GameViews.StateFor(t.Game, t.P(2), t.Clock.Now).CanChangeWordOptions.ShouldBeFalse();

        t.Game.ChangeWordOptions(t.Drawer);

        var drawer = GameViews.StateFor(t.Game, t.Drawer, t.Clock.Now);
        drawer.WordOptions.ShouldBe(["rainbow", "volcano", "bicycle"]);
        drawer.CanChangeWordOptions.ShouldBeFalse();
        GameViews.WordOptions(t.Game, t.Turn, t.Clock.Now).CanChange.ShouldBeFalse();
    }
}
