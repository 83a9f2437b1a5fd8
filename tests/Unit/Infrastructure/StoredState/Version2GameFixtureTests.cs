using DrawGuess.Domain.Rounds;
using DrawGuess.Infrastructure.Rounds.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// Version 2 of games as released (Fixtures/V2): version 1 games load into it without ratings, a version 2
/// game reads back and writes the same, and written as version 1 (during a rollout) it keeps all but its ratings.
/// </summary>
public sealed class Version2GameFixtureTests
{
    public static TheoryData<string> Fixtures => ["game-drawing.json", "game-ended.json"];

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_1_game_is_rewritten_as_the_released_version_2(string name)
    {
        StoredFixtures.Rewrite("V1", name, writeVersion: 2).ShouldBe(StoredFixtures.AsThisReleaseWrites("V2", name));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void A_version_2_game_without_ratings_is_the_released_version_1_when_written_as_1(string name)
    {
        StoredFixtures.Rewrite("V2", name, writeVersion: 1).ShouldBe(StoredFixtures.AsThisReleaseWrites("V1", name));
    }

    [Fact]
    public void A_rated_version_2_game_reads_back_with_its_ratings_and_writes_the_same()
    {
        var game = StoredGame.Read(StoredFixtures.Read("V2", "game-rated.json"));

        game.Phase.ShouldBe(GamePhase.Reveal);
        (game.CurrentTurn!.Likes, game.CurrentTurn.Dislikes).ShouldBe((1, 1));
        game.Drawings.Single().Likes.ShouldBe(2);
        game.Participants.Sum(p => p.LikesReceived).ShouldBe(2);
        game.Awards().Select(a => a.Kind).ShouldBe([AwardKind.MostLikedDrawing, AwardKind.FastestGuesser, AwardKind.BestDrawer]);
        StoredFixtures.Rewrite("V2", "game-rated.json", writeVersion: 2).ShouldBe(StoredFixtures.AsThisReleaseWrites("V2", "game-rated.json"));
    }
}
