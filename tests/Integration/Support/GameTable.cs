using System.Text.Json;

namespace DrawGuess.IntegrationTests.Support;

/// <summary>Players around one room, with helpers to play turns the way real clients would.</summary>
public sealed class GameTable(DrawGuessServer server, IReadOnlyList<HubTestClient> players, string roomId, string code) : IAsyncDisposable
{
    public static readonly string[] Words = ["elephant", "giraffe", "penguin", "umbrella", "ice cream", "bicycle"];

    public DrawGuessServer Server { get; } = server;
    public IReadOnlyList<HubTestClient> Players { get; } = players;
    public HubTestClient Host => Players[0];
    public string RoomId { get; } = roomId;
    public string Code { get; } = code;

    public static object Settings(int rounds = 1, bool isPublic = false, int hints = 2, int drawingSeconds = 60) => new
    {
        name = "Test room",
        isPublic,
        rounds,
        drawingSeconds,
        hints,
        wordChoices = 3,
        customWords = Words,
        customWordsOnly = true,
    };

    /// <summary>The first name creates the room; the others join by its invite code.</summary>
    public static async Task<GameTable> SeatAsync(DrawGuessServer server, object settings, params string[] names)
    {
        var players = new List<HubTestClient>();
        foreach (var name in names) players.Add(await server.PlayerAsync(name));
        var snapshot = await players[0].InvokeAsync("CreateRoom", settings);
        var room = snapshot.GetProperty("room");
        var code = room.GetProperty("code").GetString()!;
        foreach (var player in players.Skip(1)) await player.InvokeAsync("JoinRoom", code);
        return new GameTable(server, players, room.GetProperty("roomId").GetString()!, code);
    }

    public HubTestClient ById(string playerId) => Players.Single(p => p.PlayerId == playerId);

    /// <summary>Waits for turn <paramref name="turnId"/> to start and returns its drawer.</summary>
    public async Task<HubTestClient> DrawerOfTurnAsync(int turnId)
    {
        var started = await Host.WaitForAsync("TurnStarted", t => t.GetProperty("turnId").GetInt32() == turnId);
        return ById(started.GetProperty("drawerId").GetString()!);
    }

    /// <summary>The drawer picks the first option; returns the word as the drawer sees it.</summary>
    public static async Task<string> ChooseFirstWordAsync(HubTestClient drawer, int turnId)
    {
        await drawer.WaitForAsync("WordOptions", o => o.GetProperty("turnId").GetInt32() == turnId);
        await drawer.InvokeAsync("ChooseWord", 0);
        var drawing = await drawer.WaitForAsync("DrawingStarted", d => d.GetProperty("turnId").GetInt32() == turnId);
        return drawing.GetProperty("word").GetString()!;
    }

    /// <summary>A table of two plays a one-round game: each guesses the other's word, the reveal runs out. Returns the podium.</summary>
    /// <param name="whileTheFirstWordIsDrawn">Runs once turn 1's word is chosen, before anyone guesses it.</param>
    public async Task<JsonElement[]> PlayTwoPlayerGameAsync(Func<Task>? whileTheFirstWordIsDrawn = null)
    {
        await Host.InvokeAsync("StartGame");
        for (var turnId = 1; turnId <= 2; turnId++)
        {
            var drawer = await DrawerOfTurnAsync(turnId);
            var word = await ChooseFirstWordAsync(drawer, turnId);
            if (turnId == 1 && whileTheFirstWordIsDrawn is not null) await whileTheFirstWordIsDrawn();
            await GuessersOf(drawer).Single().InvokeAsync("SendMessage", word);
            await Host.WaitForAsync("TurnEnded", t => IsTurn(t, turnId));
            Server.Clock.Advance(TimeSpan.FromSeconds(5));
        }
        var gameOver = await Task.WhenAll(Players.Select(p => p.WaitForAsync("GameOver")));
        return gameOver[0].GetProperty("podium").EnumerateArray().ToArray();
    }

    public static bool IsTurn(JsonElement payload, int turnId) => payload.GetProperty("turnId").GetInt32() == turnId;

    /// <summary>Starts the game and brings turn 1 into its drawing phase; returns the drawer and the word.</summary>
    public async Task<(HubTestClient Drawer, string Word)> StartDrawingAsync()
    {
        await Host.InvokeAsync("StartGame");
        var drawer = await DrawerOfTurnAsync(1);
        var word = await ChooseFirstWordAsync(drawer, 1);
        foreach (var player in Players) await player.WaitForAsync("DrawingStarted", d => IsTurn(d, 1));
        return (drawer, word);
    }

    public IEnumerable<HubTestClient> GuessersOf(HubTestClient drawer) => Players.Where(p => p != drawer);

    public static int ScoreOf(JsonElement scores, HubTestClient player) =>
        scores.EnumerateArray().Single(s => s.GetProperty("playerId").GetString() == player.PlayerId).GetProperty("score").GetInt32();

    public async ValueTask DisposeAsync()
    {
        foreach (var player in Players) await player.DisposeAsync();
    }
}
