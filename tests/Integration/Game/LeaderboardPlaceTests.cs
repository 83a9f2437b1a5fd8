using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Game;

/// <summary>A player's statistics say where they stand on the leaderboard, also when they are not in its first rows.</summary>
public sealed class LeaderboardPlaceTests
{
    [Fact]
    public async Task A_players_statistics_give_their_place_on_the_leaderboard_shared_with_players_equal_to_them()
    {
        await using var server = new DrawGuessServer();
        await LeaderboardPlaces.AssertAsync(server);
    }
}
