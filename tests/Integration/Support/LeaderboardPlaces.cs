using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.SharedKernel;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Support;

/// <summary>Stores three finished games and checks every player's place in their statistics against the leaderboard.</summary>
public static class LeaderboardPlaces
{
    /// <summary>Seven players over three games: Bob and Cid are equal on score, wins and games; Dan has their score in more games.</summary>
    public static async Task AssertAsync(DrawGuessServer server)
    {
        var players = new[] { "Ann", "Bob", "Cid", "Dan", "Eve", "Fay", "Gus" }.ToDictionary(name => name, _ => PlayerId.New());
        PlayerGameResultDto Result(string name, int score, int rank) => new(players[name], name, score, rank, 1, 1, 0);
        var games = new[]
        {
            new[] { Result("Ann", 300, 1), Result("Bob", 200, 2), Result("Eve", 100, 3) },
            [Result("Fay", 400, 1), Result("Cid", 200, 2), Result("Dan", 150, 3)],
            [Result("Gus", 50, 1), Result("Dan", 50, 2)],
        };
        var finishedAt = DateTimeOffset.UtcNow.AddMinutes(-games.Length);
        using var http = server.CreateClient();
        await http.GetAsync("/health");
        foreach (var results in games)
        {
            finishedAt = finishedAt.AddMinutes(1);
            var finished = new GameFinishedIntegrationEvent(GameId.New(), RoomId.New(), "Places", finishedAt.AddMinutes(-1), finishedAt, results);
            await server.Services.GetRequiredService<IRoomEventHandler<GameFinishedIntegrationEvent>>().Handle(finished, room: null!, CancellationToken.None);
        }

        var places = new Dictionary<string, int>();
        foreach (var (name, id) in players)
        {
            places[name] = (await http.GetFromJsonAsync<JsonElement>($"/api/players/{id.Value:N}/stats")).GetProperty("rank").GetInt32();
        }

        places.ShouldBe(new Dictionary<string, int> { ["Fay"] = 1, ["Ann"] = 2, ["Bob"] = 3, ["Cid"] = 3, ["Dan"] = 5, ["Eve"] = 6, ["Gus"] = 7 }, ignoreOrder: true);
        var leaderboard = (await http.GetFromJsonAsync<JsonElement>("/api/rankings")).EnumerateArray()
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("rank").GetInt32());
        foreach (var name in new[] { "Fay", "Ann", "Dan", "Eve", "Gus" }) leaderboard[name].ShouldBe(places[name], $"{name}'s row on the leaderboard");
        new[] { leaderboard["Bob"], leaderboard["Cid"] }.ShouldBe([3, 4], ignoreOrder: true);
    }
}
