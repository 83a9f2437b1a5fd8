using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DrawGuess.Domain.Rankings;
using DrawGuess.Infrastructure.Rankings.Gallery;
using DrawGuess.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DrawGuess.IntegrationTests.Game;

/// <summary>A game played to the end over real SignalR connections leaves its drawings at GET /api/games/{galleryId}.</summary>
public sealed class GalleryTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync()
    {
        // The sweep runs only when a test asks for it, so what a read finds does not depend on a timer.
        _server.Settings["Gallery:SweepInterval"] = "30.00:00:00";
        _table = await GameTable.SeatAsync(_server, GameTable.Settings(rounds: 1), "Ann", "Bob", "Cid");
    }

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_finished_game_gives_every_turns_drawing_word_drawer_and_guessers_by_an_unguessable_link_that_is_never_listed()
    {
        await _table.Host.InvokeAsync("StartGame");
        var words = new List<string>();
        for (var turnId = 1; turnId <= 3; turnId++)
        {
            var drawer = await _table.DrawerOfTurnAsync(turnId);
            var word = await GameTable.ChooseFirstWordAsync(drawer, turnId);
            words.Add(word);
            await drawer.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } });
            await drawer.InvokeAsync("DrawStroke", new { strokeId = 2, tool = "eraser", color = 0, size = 2, points = new[] { 5, 5 } });
            await drawer.InvokeAsync("Undo", 2);
            await drawer.InvokeAsync("Fill", new { strokeId = 3, x = 100, y = 50, color = 7 });
            var guessers = _table.GuessersOf(drawer).ToArray();
            _server.Clock.Advance(TimeSpan.FromSeconds(7));
            await guessers[1].InvokeAsync("SendMessage", word);
            _server.Clock.Advance(TimeSpan.FromSeconds(4));
            await guessers[0].InvokeAsync("SendMessage", word);
            await _table.Host.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
            _server.Clock.Advance(TimeSpan.FromSeconds(5));
        }
        var gameOver = await _table.Host.WaitForAsync("GameOver");
        var galleryId = gameOver.GetProperty("galleryId").GetString()!;
        galleryId.Length.ShouldBe(43, "256 random bits in base64url");
        galleryId.ShouldNotContain(gameOver.GetProperty("gameId").GetString()!);
        foreach (var player in _table.Players) (await player.WaitForAsync("GameOver")).GetProperty("galleryId").GetString().ShouldBe(galleryId);

        using var http = _server.CreateClient();
        var gallery = await http.GetFromJsonAsync<JsonElement>($"/api/games/{galleryId}");

        gallery.GetProperty("id").GetString().ShouldBe(galleryId);
        gallery.GetProperty("truncated").GetBoolean().ShouldBeFalse();
        var drawings = gallery.GetProperty("drawings").EnumerateArray().ToArray();
        drawings.Select(d => d.GetProperty("word").GetString()).ShouldBe(words);
        drawings.Select(d => d.GetProperty("drawerName").GetString()).ShouldBe(["Ann", "Bob", "Cid"]);
        var first = drawings[0];
        first.GetProperty("guessers").EnumerateArray()
            .Select(g => (g.GetProperty("name").GetString(), g.GetProperty("order").GetInt32(), g.GetProperty("afterMs").GetInt32()))
            .ShouldBe([("Cid", 1, 7_000), ("Bob", 2, 11_000)], "who guessed, in order, and how long after drawing began");
        first.GetProperty("guessers")[0].GetProperty("points").GetInt32().ShouldBeGreaterThan(first.GetProperty("guessers")[1].GetProperty("points").GetInt32());
        var operations = first.GetProperty("operations").EnumerateArray().ToArray();
        operations.Select(o => (o.GetProperty("kind").GetString(), o.GetProperty("undone").GetBoolean())).ShouldBe([("stroke", false), ("stroke", true), ("fill", false)]);
        operations[0].GetProperty("points").EnumerateArray().Select(p => p.GetInt32()).ShouldBe([10, 10, 20, 20]);
        operations[1].GetProperty("tool").GetString().ShouldBe("eraser");
        (operations[2].GetProperty("x").GetInt32(), operations[2].GetProperty("y").GetInt32(), operations[2].GetProperty("color").GetInt32()).ShouldBe((100, 50, 7));

        var recent = await http.GetStringAsync("/api/games/recent");
        recent.ShouldNotContain(galleryId, customMessage: "a private room's gallery is reachable by its link only");
    }

    [Fact]
    public async Task A_gallery_is_gone_once_expired_and_the_sweep_deletes_it()
    {
        await _table.Host.InvokeAsync("StartGame");
        await RunOutTurnsAsync();
        var galleryId = (await _table.Host.WaitForAsync("GameOver")).GetProperty("galleryId").GetString()!;
        using var http = _server.CreateClient();
        (await http.GetAsync($"/api/games/{galleryId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        _server.Clock.Advance(TimeSpan.FromDays(7));

        await ShouldBeGalleryNotFoundAsync(await http.GetAsync($"/api/games/{galleryId}"));
        var sweeper = _server.Services.GetServices<IHostedService>().OfType<ExpiredGallerySweeper>().Single();
        (await sweeper.SweepAsync(CancellationToken.None)).ShouldBe(1);
        (await sweeper.SweepAsync(CancellationToken.None)).ShouldBe(0);
    }

    [Fact]
    public async Task A_player_who_reloads_at_the_podium_gets_the_gallery_id_in_the_snapshot_and_the_next_game_has_none_until_it_ends()
    {
        await _table.Host.InvokeAsync("StartGame");
        await RunOutTurnsAsync();
        var galleryId = (await _table.Host.WaitForAsync("GameOver")).GetProperty("galleryId").GetString()!;

        await using var reloaded = await _server.ConnectAsync();
        var snapshot = (await reloaded.ResumeAsync(_table.Players[1].ResumeToken)).GetProperty("room");
        var game = snapshot.GetProperty("game");
        game.GetProperty("phase").GetString().ShouldBe("gameOver");
        game.GetProperty("galleryId").GetString().ShouldBe(galleryId);
        (await reloaded.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("galleryId").GetString().ShouldBe(galleryId);

        await _table.Host.InvokeAsync("StartGame");
        (await _table.Host.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("galleryId").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task A_drawing_larger_than_the_limit_is_stored_cut_to_it_and_marked()
    {
        await _table.Host.InvokeAsync("StartGame");
        var drawer = await _table.DrawerOfTurnAsync(1);
        await GameTable.ChooseFirstWordAsync(drawer, 1);
        var batches = GalleryLimits.MaxPointsPerDrawing / 128 + 1;
        for (var batch = 0; batch < batches; batch++)
        {
            var points = Enumerable.Range(0, 128).SelectMany(i => new[] { (batch * 128 + i) % 1600, batch % 900 }).ToArray();
            await drawer.InvokeAsync("DrawStroke", new { strokeId = 1, tool = "pen", color = 1, size = 0, points });
        }
        await drawer.InvokeAsync("Fill", new { strokeId = 2, x = 1, y = 1, color = 4 });
        await RunOutTurnsAsync();
        var galleryId = (await _table.Host.WaitForAsync("GameOver")).GetProperty("galleryId").GetString()!;

        using var http = _server.CreateClient();
        var gallery = await http.GetFromJsonAsync<JsonElement>($"/api/games/{galleryId}");

        gallery.GetProperty("truncated").GetBoolean().ShouldBeTrue();
        var drawing = gallery.GetProperty("drawings")[0];
        drawing.GetProperty("truncated").GetBoolean().ShouldBeTrue();
        var stroke = drawing.GetProperty("operations").EnumerateArray().ShouldHaveSingleItem();
        stroke.GetProperty("points").GetArrayLength().ShouldBe(GalleryLimits.MaxPointsPerDrawing * 2);
    }

    [Fact]
    public async Task Public_games_list_their_galleries_newest_first_never_a_private_or_expired_one()
    {
        await _table.Host.InvokeAsync("StartGame");
        await RunOutTurnsAsync();
        var privateGallery = (await _table.Host.WaitForAsync("GameOver")).GetProperty("galleryId").GetString()!;
        var older = await PlayPublicGameAsync("Dee", "Eve");
        _server.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await PlayPublicGameAsync("Fay", "Gus");
        using var http = _server.CreateClient();

        var listed = await http.GetFromJsonAsync<JsonElement>("/api/games");

        listed.EnumerateArray().Select(g => g.GetProperty("id").GetString()).ShouldBe([newer, older], "newest first, the private room's game left out");
        listed[0].GetProperty("roomName").GetString().ShouldBe("Public gallery of Fay");
        (await http.GetStringAsync("/api/games")).ShouldNotContain(privateGallery);
        (await http.GetFromJsonAsync<JsonElement>("/api/games?limit=1")).EnumerateArray().Select(g => g.GetProperty("id").GetString()).ShouldBe([newer]);

        _server.Clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(30));

        (await http.GetFromJsonAsync<JsonElement>("/api/games")).EnumerateArray().Select(g => g.GetProperty("id").GetString()).ShouldBe([newer], "an expired gallery is not listed");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task A_bad_limit_for_the_public_galleries_is_a_400_with_code_VALIDATION_FAILED(string limit)
    {
        using var http = _server.CreateClient();

        var response = await http.GetAsync($"/api/games?limit={limit}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("VALIDATION_FAILED");
    }

    /// <summary>Two players play a one-round game in a new public room; returns its gallery id.</summary>
    private async Task<string> PlayPublicGameAsync(string host, string guest)
    {
        var settings = new
        {
            name = $"Public gallery of {host}", isPublic = true, rounds = 1, drawingSeconds = 60, wordChoices = 3,
            customWords = GameTable.Words, customWordsOnly = true,
        };
        await using var table = await GameTable.SeatAsync(_server, settings, host, guest);
        await table.PlayTwoPlayerGameAsync();
        return (await table.Host.WaitForAsync("GameOver")).GetProperty("galleryId").GetString()!;
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("recentx")]
    [InlineData("not%20an%20id")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_or_malformed_gallery_id_is_a_404_ProblemDetails_with_code_GALLERY_NOT_FOUND(string id)
    {
        using var http = _server.CreateClient();

        await ShouldBeGalleryNotFoundAsync(await http.GetAsync($"/api/games/{id}"));
    }

    /// <summary>Plays the one-round game's turns from <paramref name="fromTurn"/> on: a word is chosen for the drawer unless they chose, the time runs out.</summary>
    private async Task RunOutTurnsAsync(int fromTurn = 1)
    {
        for (var turnId = fromTurn; turnId <= _table.Players.Count; turnId++)
        {
            await _table.Host.WaitForAsync("TurnStarted", t => GameTable.IsTurn(t, turnId));
            if (!_table.Host.Events.Any(e => e.Target == "DrawingStarted" && GameTable.IsTurn(e.Payload, turnId)))
            {
                _server.Clock.Advance(TimeSpan.FromSeconds(15));
                await _table.Host.WaitForAsync("DrawingStarted", d => GameTable.IsTurn(d, turnId));
            }
            _server.Clock.Advance(TimeSpan.FromSeconds(60));
            await _table.Host.WaitForAsync("TurnEnded", t => GameTable.IsTurn(t, turnId));
            _server.Clock.Advance(TimeSpan.FromSeconds(5));
        }
    }

    private static async Task ShouldBeGalleryNotFoundAsync(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString().ShouldBe("GALLERY_NOT_FOUND");
    }
}
