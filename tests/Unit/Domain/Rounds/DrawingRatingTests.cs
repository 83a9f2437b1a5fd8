using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Events;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rounds;

public sealed class DrawingRatingTests
{
    private static void ShouldFailWith(Action action, string code) =>
        Should.Throw<GameRuleException>(action).Code.ShouldBe(code);

    [Fact]
    public void Guessers_like_the_drawing_and_everyone_is_told_the_counts()
    {
        var t = TestGame.Start(players: 4);
        t.Choose();
        t.Events();

        t.Game.RateDrawing(t.P(2), t.Turn.Id, DrawingRating.Like);
        t.Game.RateDrawing(t.P(3), t.Turn.Id, DrawingRating.Like);
        t.Game.RateDrawing(t.P(4), t.Turn.Id, DrawingRating.Dislike);

        (t.Turn.Likes, t.Turn.Dislikes).ShouldBe((2, 1));
        t.Events().OfType<DrawingRatedDomainEvent>().Last().ShouldBe(new DrawingRatedDomainEvent(t.Turn.Id, 2, 1));
    }

    [Fact]
    public void A_player_changes_their_rating_and_the_same_rating_twice_counts_once()
    {
        var t = TestGame.Start(players: 3);
        t.Choose();
        t.Game.RateDrawing(t.P(2), t.Turn.Id, DrawingRating.Like);
        t.Events();

        t.Game.RateDrawing(t.P(2), t.Turn.Id, DrawingRating.Like);
        t.Events().ShouldBeEmpty();
        t.Game.RateDrawing(t.P(2), t.Turn.Id, DrawingRating.Dislike);

        (t.Turn.Likes, t.Turn.Dislikes).ShouldBe((0, 1));
        t.Turn.Ratings[t.P(2)].ShouldBe(DrawingRating.Dislike);
        t.Events().ShouldBe([new DrawingRatedDomainEvent(t.Turn.Id, 0, 1)]);
    }

    [Fact]
    public void The_drawer_cannot_rate_their_own_drawing()
    {
        var t = TestGame.Start(players: 3);
        t.Choose();

        ShouldFailWith(() => t.Game.RateDrawing(t.Drawer, t.Turn.Id, DrawingRating.Like), ErrorCodes.OwnDrawing);
        t.Turn.Likes.ShouldBe(0);
    }

    [Fact]
    public void There_is_nothing_to_rate_while_the_drawer_chooses()
    {
        var t = TestGame.Start(players: 3);

        ShouldFailWith(() => t.Game.RateDrawing(t.P(2), t.Turn.Id, DrawingRating.Like), ErrorCodes.NothingToRate);
    }

    [Fact]
    public void A_drawing_can_be_rated_during_its_reveal_but_not_once_the_next_turn_started()
    {
        var t = TestGame.Start(players: 3, rounds: 2);
        t.Choose();
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        var first = t.Turn.Id;

        t.Game.RateDrawing(t.P(2), first, DrawingRating.Like);
        t.AdvanceTo(t.Turn.PhaseEndsAt);

        t.Game.Phase.ShouldBe(GamePhase.Choosing);
        ShouldFailWith(() => t.Game.RateDrawing(t.P(3), first, DrawingRating.Like), ErrorCodes.NotCurrentTurn);
        t.Game.Drawings.ShouldBe([new RatedDrawing(first, 1, t.P(1), "P1", "elephant", 1, 0)]);
        t.Game.FindParticipant(t.P(1))!.LikesReceived.ShouldBe(1);
    }

    [Fact]
    public void Nothing_can_be_rated_once_the_game_is_over()
    {
        var t = TestGame.Start(players: 2);
        t.PlayTurnToTimeUp();
        t.PlayTurnToTimeUp();

        t.Game.Phase.ShouldBe(GamePhase.GameOver);
        ShouldFailWith(() => t.Game.RateDrawing(t.P(1), t.Turn.Id, DrawingRating.Like), ErrorCodes.NotCurrentTurn);
    }

    [Fact]
    public void Awards_go_to_the_most_liked_drawing_the_fastest_guess_and_the_most_points_as_drawer()
    {
        var t = TestGame.Start(players: 3);
        t.Choose();
        t.Wait(10);
        t.Guess(t.P(2), "elephant");
        t.Wait(20);
        t.Guess(t.P(3), "elephant");
        t.Game.RateDrawing(t.P(2), t.Turn.Id, DrawingRating.Like);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.Choose();
        t.Wait(5);
        t.Guess(t.P(3), "rainbow");
        t.Game.RateDrawing(t.P(1), t.Turn.Id, DrawingRating.Like);
        t.Game.RateDrawing(t.P(3), t.Turn.Id, DrawingRating.Like);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.AdvanceTo(t.Turn.PhaseEndsAt);
        t.PlayTurnToTimeUp();

        t.Game.Phase.ShouldBe(GamePhase.GameOver);
        t.Game.Awards().ShouldBe([
            new Award(AwardKind.MostLikedDrawing, t.P(2), "P2", 2, 2),
            new Award(AwardKind.FastestGuesser, t.P(3), "P3", 5000, null),
            new Award(AwardKind.BestDrawer, t.P(1), "P1", 200, null),
        ]);
        t.Game.Participants.Select(p => p.LikesReceived).ShouldBe([1, 2, 0]);
    }

    [Fact]
    public void A_game_without_likes_or_correct_guesses_has_no_awards()
    {
        var t = TestGame.Start(players: 2);
        t.PlayTurnToTimeUp();
        t.PlayTurnToTimeUp();

        t.Game.Awards().ShouldBeEmpty();
        t.Game.Drawings.Select(d => (d.Likes, d.Dislikes)).ShouldBe([(0, 0), (0, 0)]);
    }
}
