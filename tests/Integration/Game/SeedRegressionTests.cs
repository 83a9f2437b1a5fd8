using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Game;

/// <summary>The bugs of the seed system (shared/reference/seed-system.md), each kept fixed by a test.</summary>
public sealed class SeedRegressionTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task An_outsider_cannot_start_chat_guess_or_draw_in_a_room()
    {
        var (_, word) = await _table.StartDrawingAsync();
        await using var outsider = await _server.PlayerAsync("Eve");

        (await outsider.InvokeExpectingErrorAsync("StartGame")).Code.ShouldBe("NOT_IN_ROOM");
        (await outsider.InvokeExpectingErrorAsync("SendMessage", word)).Code.ShouldBe("NOT_IN_ROOM");
        (await outsider.InvokeExpectingErrorAsync("DrawStroke", new { strokeId = 9, tool = "pen", color = 1, size = 1, points = new[] { 1, 1 } }))
            .Code.ShouldBe("NOT_IN_ROOM");
        (await outsider.InvokeExpectingErrorAsync("ChooseWord", 0)).Code.ShouldBe("NOT_IN_ROOM");

        var snapshot = await _table.Host.InvokeAsync("GetSnapshot");
        snapshot.GetProperty("game").GetProperty("scores").EnumerateArray().ShouldAllBe(s => s.GetProperty("turnPoints").GetInt32() == 0);
        _table.Host.All("PlayerGuessed").ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_the_host_can_start_the_game()
    {
        (await _table.Players[1].InvokeExpectingErrorAsync("StartGame")).Code.ShouldBe("NOT_HOST");
        _table.Host.All("GameStarted").ShouldBeEmpty();
    }

    [Fact]
    public async Task A_repeated_correct_guess_scores_once()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var guesser = _table.GuessersOf(drawer).First();

        await guesser.InvokeAsync("SendMessage", word);
        await guesser.InvokeAsync("SendMessage", word);
        await guesser.InvokeAsync("SendMessage", word);

        var first = await guesser.WaitForAsync("YouGuessed");
        guesser.All("YouGuessed").Count.ShouldBe(1);
        _table.Host.All("PlayerGuessed").Count(g => g.GetProperty("playerId").GetString() == guesser.PlayerId).ShouldBe(1);
        var snapshot = await guesser.InvokeAsync("GetSnapshot");
        var mine = snapshot.GetProperty("game").GetProperty("scores").EnumerateArray().Single(s => s.GetProperty("playerId").GetString() == guesser.PlayerId);
        mine.GetProperty("turnPoints").GetInt32().ShouldBe(first.GetProperty("points").GetInt32());
    }

    [Fact]
    public async Task Joining_the_room_again_does_not_reset_a_score()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        foreach (var guesser in _table.GuessersOf(drawer)) await guesser.InvokeAsync("SendMessage", word);
        var ended = await _table.Host.WaitForAsync("TurnEnded");
        var bob = _table.Players[1];
        var before = GameTable.ScoreOf(ended.GetProperty("scores"), bob);
        before.ShouldBeGreaterThan(0);

        var again = await bob.InvokeAsync("JoinRoom", _table.Code);

        GameTable.ScoreOf(again.GetProperty("game").GetProperty("scores"), bob).ShouldBe(before);
        again.GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task The_drawer_leaving_ends_the_turn_with_no_points_for_anyone()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var guesser = _table.GuessersOf(drawer).First();
        await guesser.InvokeAsync("SendMessage", word);
        await guesser.WaitForAsync("YouGuessed");

        await drawer.InvokeAsync("LeaveRoom");

        var ended = await guesser.WaitForAsync("TurnEnded");
        ended.GetProperty("reason").GetString().ShouldBe("drawerLeft");
        ended.GetProperty("turnPoints").EnumerateArray().ShouldAllBe(p => p.GetProperty("points").GetInt32() == 0);
        ended.GetProperty("scores").EnumerateArray().ShouldAllBe(s => s.GetProperty("score").GetInt32() == 0);
    }

    [Fact]
    public async Task A_restarted_game_starts_from_zero_and_the_result_is_stored_once()
    {
        await using var duo = await GameTable.SeatAsync(_server, GameTable.Settings(), "Dee", "Eli");
        await duo.Host.InvokeAsync("StartGame");
        for (var turnId = 1; turnId <= 2; turnId++)
        {
            var drawer = await duo.DrawerOfTurnAsync(turnId);
            var word = await GameTable.ChooseFirstWordAsync(drawer, turnId);
            await duo.GuessersOf(drawer).Single().InvokeAsync("SendMessage", word);
            await duo.Host.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
            _server.Clock.Advance(TimeSpan.FromSeconds(5));
        }
        var gameOver = await duo.Host.WaitForAsync("GameOver");
        gameOver.GetProperty("podium").EnumerateArray().ShouldAllBe(p => p.GetProperty("score").GetInt32() > 0);

        await duo.Host.InvokeAsync("StartGame");

        var restarted = await duo.Host.WaitForAsync("GameStarted", g => g.GetProperty("gameId").GetString() != gameOver.GetProperty("gameId").GetString());
        restarted.GetProperty("scores").EnumerateArray().ShouldAllBe(s => s.GetProperty("score").GetInt32() == 0);
        duo.Players.ShouldAllBe(p => p.All("GameOver").Count == 1);
        using var http = _server.CreateClient();
        (await http.GetFromJsonAsync<JsonElement>("/api/games/recent")).GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_finish_processed_twice_is_stored_exactly_once()
    {
        var finished = new GameFinishedIntegrationEvent(GameId.New(), RoomId.New(), "Twice", DateTimeOffset.UtcNow.AddMinutes(-3), DateTimeOffset.UtcNow,
            [new PlayerGameResultDto(PlayerId.New(), "Ann", 300, 1, 1, 2, 0), new PlayerGameResultDto(PlayerId.New(), "Bob", 200, 2, 1, 1, 0)]);
        using var http = _server.CreateClient();
        await http.GetAsync("/health");

        foreach (var _ in Enumerable.Range(0, 2))
        {
            // Rankings records the result whatever room it came from: it reads nothing of the room's unit of work.
            await _server.Services.GetRequiredService<IRoomEventHandler<GameFinishedIntegrationEvent>>().Handle(finished, room: null!, CancellationToken.None);
        }

        (await http.GetFromJsonAsync<JsonElement>("/api/games/recent")).GetArrayLength().ShouldBe(1);
        var stats = await http.GetFromJsonAsync<JsonElement>($"/api/players/{finished.Players[0].PlayerId}/stats");
        stats.GetProperty("games").GetInt32().ShouldBe(1);
        stats.GetProperty("totalScore").GetInt64().ShouldBe(300);
    }
}
