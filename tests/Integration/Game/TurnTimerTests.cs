using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Game;

/// <summary>Phase deadlines, driven by the server's clock (a manual clock here).</summary>
public sealed class TurnTimerTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(hints: 2, drawingSeconds: 60), "Ann", "Bob", "Cid");

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_drawer_who_does_not_choose_in_15_seconds_gets_one_of_the_offered_words()
    {
        await _table.Host.InvokeAsync("StartGame");
        var drawer = await _table.DrawerOfTurnAsync(1);
        var options = (await drawer.WaitForAsync("WordOptions")).GetProperty("options").EnumerateArray().Select(o => o.GetString()).ToArray();

        _server.Clock.Advance(TimeSpan.FromSeconds(14.9));
        drawer.All("DrawingStarted").ShouldBeEmpty();
        _server.Clock.Advance(TimeSpan.FromSeconds(0.1));

        var drawing = await drawer.WaitForAsync("DrawingStarted");
        options.ShouldContain(drawing.GetProperty("word").GetString());
        drawing.GetProperty("remainingMs").GetInt64().ShouldBe(60_000);
    }

    [Fact]
    public async Task Hint_letters_appear_at_evenly_spaced_moments_and_time_up_ends_the_turn()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var guesser = _table.GuessersOf(drawer).First();

        _server.Clock.Advance(TimeSpan.FromSeconds(19));
        guesser.All("HintUpdated").ShouldBeEmpty();
        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        var first = await guesser.WaitForAsync("HintUpdated");
        RevealedLetters(first, word).ShouldBe(1);
        _server.Clock.Advance(TimeSpan.FromSeconds(20));
        var second = await guesser.WaitForAsync("HintUpdated", h => RevealedLetters(h, word) == 2);
        second.GetProperty("hint").GetString()!.Length.ShouldBe(word.Length);
        (await drawer.WaitForAsync("HintUpdated", h => RevealedLetters(h, word) == 2)).GetProperty("hint").GetString()
            .ShouldBe(second.GetProperty("hint").GetString(), "the drawer sees which letters the guessers were given");

        _server.Clock.Advance(TimeSpan.FromSeconds(20));

        var ended = await guesser.WaitForAsync("TurnEnded");
        ended.GetProperty("reason").GetString().ShouldBe("timeUp");
        ended.GetProperty("word").GetString().ShouldBe(word);
        ended.GetProperty("turnPoints").EnumerateArray().ShouldAllBe(p => p.GetProperty("points").GetInt32() == 0);
    }

    [Fact]
    public async Task The_reveal_lasts_five_seconds_then_the_next_player_draws()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        foreach (var guesser in _table.GuessersOf(drawer)) await guesser.InvokeAsync("SendMessage", word);
        await _table.Host.WaitForAsync("TurnEnded");

        _server.Clock.Advance(TimeSpan.FromSeconds(4.9));
        _table.Host.All("TurnStarted").Count.ShouldBe(1);
        _server.Clock.Advance(TimeSpan.FromSeconds(0.1));

        (await _table.DrawerOfTurnAsync(2)).ShouldBe(_table.Players[1]);
    }

    private static int RevealedLetters(JsonElement hint, string word) =>
        hint.GetProperty("hint").GetString()!.Where((c, i) => c != '_' && word[i] is not (' ' or '-')).Count();
}
