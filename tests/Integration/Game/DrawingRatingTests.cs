using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Game;

public sealed class DrawingRatingTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(rounds: 1), "Ann", "Bob", "Cid");

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Guessers_rate_the_drawing_the_drawer_sees_the_counts_and_likes_reach_awards_and_statistics()
    {
        var (ann, bob, cid) = (_table.Players[0], _table.Players[1], _table.Players[2]);
        var (drawer, word) = await _table.StartDrawingAsync();
        drawer.ShouldBe(ann);

        await bob.InvokeAsync("RateDrawing", 1, "like");
        await cid.InvokeAsync("RateDrawing", 1, "like");
        await ann.WaitForAsync("DrawingRated", r => Counts(r) == (1, 2, 0));
        await cid.InvokeAsync("RateDrawing", 1, "dislike");
        (await ann.WaitForAsync("DrawingRated", r => Counts(r) == (1, 1, 1))).TryGetProperty("playerId", out _).ShouldBeFalse();

        (await ann.InvokeExpectingErrorAsync("RateDrawing", 1, "like")).Code.ShouldBe("OWN_DRAWING");
        (await bob.InvokeExpectingErrorAsync("RateDrawing", 2, "like")).Code.ShouldBe("NOT_CURRENT_TURN");
        (await bob.InvokeExpectingErrorAsync("RateDrawing", 1, "love")).Code.ShouldBe("VALIDATION_FAILED");
        (await bob.InvokeExpectingErrorAsync("RateDrawing", 1, null)).Code.ShouldBe("VALIDATION_FAILED");

        _server.Clock.Advance(TimeSpan.FromSeconds(3));
        await GuessAllAsync(1, ann, word);

        var second = await _table.DrawerOfTurnAsync(2);
        await second.WaitForAsync("WordOptions", o => GameTable.IsTurn(o, 2));
        (await cid.InvokeExpectingErrorAsync("RateDrawing", 2, "like")).Code.ShouldBe("NOTHING_TO_RATE");
        await PlayTurnAsync(2, second);
        await PlayTurnAsync(3, await _table.DrawerOfTurnAsync(3));

        var gameOver = await cid.WaitForAsync("GameOver");
        var awards = gameOver.GetProperty("awards").EnumerateArray()
            .Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("playerId").GetString(), a.GetProperty("value").GetInt32())).ToArray();
        awards.ShouldBe([("mostLikedDrawing", ann.PlayerId, 1), ("fastestGuesser", bob.PlayerId, 3000), ("bestDrawer", ann.PlayerId, 200)]);
        var drawings = gameOver.GetProperty("drawings").EnumerateArray()
            .Select(d => (d.GetProperty("turnId").GetInt32(), d.GetProperty("drawerId").GetString(), d.GetProperty("likes").GetInt32(), d.GetProperty("dislikes").GetInt32()))
            .ToArray();
        drawings.ShouldBe([(1, ann.PlayerId, 1, 1), (2, bob.PlayerId, 0, 0), (3, cid.PlayerId, 0, 0)]);

        using var http = _server.CreateClient();
        (await http.GetFromJsonAsync<JsonElement>($"/api/players/{ann.PlayerId}/stats")).GetProperty("likesReceived").GetInt32().ShouldBe(1);
        var leaderboard = await http.GetFromJsonAsync<JsonElement>("/api/rankings");
        leaderboard.EnumerateArray().Single(e => e.GetProperty("playerId").GetString() == ann.PlayerId).GetProperty("likesReceived").GetInt32().ShouldBe(1);
        var recent = await http.GetFromJsonAsync<JsonElement>("/api/games/recent");
        recent[0].GetProperty("players").EnumerateArray().Sum(p => p.GetProperty("likesReceived").GetInt32()).ShouldBe(1);
    }

    [Fact]
    public async Task A_reload_restores_the_counts_and_your_own_rating()
    {
        var bob = _table.Players[1];
        await _table.StartDrawingAsync();
        await bob.InvokeAsync("RateDrawing", 1, "like");

        var game = (await bob.InvokeAsync("GetSnapshot")).GetProperty("game");

        (game.GetProperty("likes").GetInt32(), game.GetProperty("dislikes").GetInt32()).ShouldBe((1, 0));
        game.GetProperty("yourRating").GetString().ShouldBe("like");
    }

    private static (int TurnId, int Likes, int Dislikes) Counts(JsonElement rated) =>
        (rated.GetProperty("turnId").GetInt32(), rated.GetProperty("likes").GetInt32(), rated.GetProperty("dislikes").GetInt32());

    private async Task PlayTurnAsync(int turnId, HubTestClient drawer)
    {
        var word = await GameTable.ChooseFirstWordAsync(drawer, turnId);
        _server.Clock.Advance(TimeSpan.FromSeconds(4));
        await GuessAllAsync(turnId, drawer, word);
    }

    private async Task GuessAllAsync(int turnId, HubTestClient drawer, string word)
    {
        foreach (var guesser in _table.GuessersOf(drawer))
        {
            await guesser.InvokeAsync("SendMessage", word);
            _server.Clock.Advance(TimeSpan.FromSeconds(1));
        }
        await _table.Host.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
        _server.Clock.Advance(TimeSpan.FromSeconds(5));
    }
}
