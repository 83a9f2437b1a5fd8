using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Game;

public sealed class CompleteGameTests : IAsyncLifetime
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
    public async Task Three_players_play_a_whole_game_from_registration_to_podium_and_leaderboard()
    {
        await _table.Host.InvokeAsync("StartGame");
        var wordsByTurn = new Dictionary<int, string>();
        var guessedAt = new Dictionary<(string Player, int Turn), int>();

        for (var turnId = 1; turnId <= 3; turnId++)
        {
            var drawer = await _table.DrawerOfTurnAsync(turnId);
            drawer.ShouldBe(_table.Players[turnId - 1], "players draw once each, in join order");
            var word = await GameTable.ChooseFirstWordAsync(drawer, turnId);
            wordsByTurn[turnId] = word;

            await drawer.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20, 30, 25 } });
            foreach (var guesser in _table.Players.Where(p => p != drawer))
            {
                var relayed = await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 1);
                relayed.GetProperty("points").GetArrayLength().ShouldBe(6);
                var drawing = await guesser.WaitForAsync("DrawingStarted", d => GameTable.IsTurn(d, turnId));
                drawing.GetProperty("word").ValueKind.ShouldBe(JsonValueKind.Null);
                drawing.GetProperty("hint").GetString()!.Length.ShouldBe(word.Length);
            }

            foreach (var guesser in _table.Players.Where(p => p != drawer))
            {
                guessedAt[(guesser.PlayerId, turnId)] = guesser.Events.Count;
                await guesser.InvokeAsync("SendMessage", word.ToUpperInvariant());
                var mine = await guesser.WaitForAsync("YouGuessed", g => GameTable.IsTurn(g, turnId));
                mine.GetProperty("word").GetString().ShouldBe(word);
                mine.GetProperty("points").GetInt32().ShouldBeGreaterThan(0);
            }

            var ended = await _table.Host.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
            ended.GetProperty("reason").GetString().ShouldBe("allGuessed");
            ended.GetProperty("word").GetString().ShouldBe(word);
            _server.Clock.Advance(TimeSpan.FromSeconds(5));
        }

        var gameOver = await _table.Host.WaitForAsync("GameOver");
        var podium = gameOver.GetProperty("podium").EnumerateArray().ToArray();
        podium.Length.ShouldBe(3);
        podium.Select(p => p.GetProperty("rank").GetInt32()).ShouldBeInOrder();
        foreach (var player in _table.Players) (await player.WaitForAsync("GameOver")).GetProperty("gameId").GetString().ShouldNotBeNullOrEmpty();

        AssertNobodySawAWordBeforeTheyMayHave(wordsByTurn, guessedAt);

        using var http = _server.CreateClient();
        var leaderboard = await http.GetFromJsonAsync<JsonElement>("/api/rankings");
        var entries = leaderboard.EnumerateArray().ToArray();
        entries.Select(e => e.GetProperty("playerId").GetString()).ShouldBe(podium.Select(p => p.GetProperty("playerId").GetString()), ignoreOrder: true);
        entries.ShouldAllBe(e => e.GetProperty("games").GetInt32() == 1);
        entries[0].GetProperty("totalScore").GetInt64().ShouldBe(podium[0].GetProperty("score").GetInt32());

        var recent = await http.GetFromJsonAsync<JsonElement>("/api/games/recent");
        recent.GetArrayLength().ShouldBe(1);
        recent[0].GetProperty("gameId").GetString().ShouldBe(gameOver.GetProperty("gameId").GetString());
        foreach (var player in recent[0].GetProperty("players").EnumerateArray())
        {
            player.GetProperty("turnsDrawn").GetInt32().ShouldBe(1);
            player.GetProperty("correctGuesses").GetInt32().ShouldBe(2);
        }

        var stats = await http.GetFromJsonAsync<JsonElement>($"/api/players/{_table.Players[1].PlayerId}/stats");
        stats.GetProperty("name").GetString().ShouldBe("Bob");
        stats.GetProperty("games").GetInt32().ShouldBe(1);
    }

    /// <summary>The secret word may reach a player only as the drawer, after they guessed it, or at the reveal.</summary>
    private void AssertNobodySawAWordBeforeTheyMayHave(Dictionary<int, string> wordsByTurn, Dictionary<(string Player, int Turn), int> guessedAt)
    {
        foreach (var player in _table.Players)
        {
            var events = player.Events;
            foreach (var (turnId, word) in wordsByTurn)
            {
                if (!guessedAt.TryGetValue((player.PlayerId, turnId), out var before)) continue;
                var turnStart = events.ToList().FindIndex(e => e.Target == "TurnStarted" && GameTable.IsTurn(e.Payload, turnId));
                var leaks = events.Skip(turnStart).Take(before - turnStart)
                    .Where(e => e.RawFrame.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(e => e.Target).ToArray();
                leaks.ShouldBeEmpty($"{player.Name} saw '{word}' before guessing it in turn {turnId}");
            }
        }
    }
}
