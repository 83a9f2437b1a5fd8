using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rankings;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Domain.Rankings;

public sealed class GameResultTests
{
    private static readonly DateTimeOffset Start = ManualClock.DefaultStart;
    private static readonly Guid GameId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid RoomId = Guid.Parse("22222222-2222-2222-2222-222222222222");

    private static PlayerResult Player(string name, int score, int rank) => new(Guid.NewGuid(), name, score, rank, 1, 2);

    [Fact]
    public void A_result_keeps_the_game_and_every_players_line()
    {
        var ann = new PlayerResult(Guid.NewGuid(), "Ann", 900, 1, 3, 4);
        var bob = new PlayerResult(Guid.NewGuid(), "Bob", 450, 2, 3, 1);

        var result = GameResult.Record(GameId, RoomId, "Friday fun", Start, Start + TimeSpan.FromMinutes(12), [ann, bob]);

        result.GameId.ShouldBe(GameId);
        result.RoomId.ShouldBe(RoomId);
        result.RoomName.ShouldBe("Friday fun");
        result.StartedAt.ShouldBe(Start);
        result.FinishedAt.ShouldBe(Start + TimeSpan.FromMinutes(12));
        result.Players.ShouldBe([ann, bob]);
        (ann.Score, ann.Rank, ann.TurnsDrawn, ann.CorrectGuesses, ann.IsWin).ShouldBe((900, 1, 3, 4, true));
        bob.IsWin.ShouldBeFalse();
    }

    [Fact]
    public void A_game_cannot_finish_before_it_started()
    {
        Should.Throw<GameRuleException>(() =>
                GameResult.Record(GameId, RoomId, "Room", Start, Start - TimeSpan.FromSeconds(1), [Player("Ann", 10, 1)]))
            .Code.ShouldBe(ErrorCodes.ValidationFailed);
    }

    [Fact]
    public void A_game_may_finish_at_the_moment_it_started()
    {
        Should.NotThrow(() => GameResult.Record(GameId, RoomId, "Room", Start, Start, [Player("Ann", 10, 1)]));
    }

    [Fact]
    public void A_result_needs_players()
    {
        Should.Throw<GameRuleException>(() => GameResult.Record(GameId, RoomId, "Room", Start, Start + TimeSpan.FromMinutes(1), []))
            .Code.ShouldBe(ErrorCodes.ValidationFailed);
    }

    [Fact]
    public void Players_who_share_first_place_are_all_winners()
    {
        var result = GameResult.Record(GameId, RoomId, "Room", Start, Start + TimeSpan.FromMinutes(1),
            [Player("Ann", 450, 1), Player("Bob", 450, 1), Player("Cid", 0, 3)]);

        result.Players.Select(p => p.IsWin).ShouldBe([true, true, false]);
    }

    [Fact]
    public void A_game_nobody_scored_in_is_no_ones_win()
    {
        var result = GameResult.Record(GameId, RoomId, "Room", Start, Start + TimeSpan.FromMinutes(1),
            [Player("Ann", 0, 1), Player("Bob", 0, 1)]);

        result.Players.Select(p => p.IsWin).ShouldBe([false, false]);
    }
}
