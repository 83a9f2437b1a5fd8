using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Chat;

public sealed class ChatTests : IAsyncLifetime
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
    public async Task A_correct_guess_is_announced_but_its_text_is_shown_to_nobody()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var bob = _table.Players[1];
        var cid = _table.Players[2];

        await bob.InvokeAsync("SendMessage", word);

        var announced = await cid.WaitForAsync("ChatMessage", m => m.GetProperty("systemCode").GetString() == "playerGuessed");
        announced.GetProperty("args")[0].GetString().ShouldBe("Bob");
        (await cid.WaitForAsync("PlayerGuessed")).GetProperty("playerId").GetString().ShouldBe(bob.PlayerId);
        foreach (var player in _table.Players)
            player.All("ChatMessage").ShouldNotContain(m => m.GetProperty("kind").GetString() == "player");
        drawer.ShouldBe(_table.Host);
    }

    [Fact]
    public async Task A_close_guess_is_told_to_the_guesser_only()
    {
        var (_, word) = await _table.StartDrawingAsync();
        var near = word[..^1] + (word[^1] == 'x' ? 'y' : 'x');
        var bob = _table.Players[1];

        await bob.InvokeAsync("SendMessage", near);

        (await bob.WaitForAsync("CloseGuess")).GetProperty("text").GetString().ShouldBe(near);
        (await _table.Players[2].WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == near)).GetProperty("name").GetString().ShouldBe("Bob");
        _table.Players[2].All("CloseGuess").ShouldBeEmpty();
        _table.Host.All("CloseGuess").ShouldBeEmpty();
    }

    [Fact]
    public async Task Players_who_guessed_and_the_drawer_chat_in_a_channel_the_others_cannot_read()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var bob = _table.Players[1];
        var cid = _table.Players[2];
        await bob.InvokeAsync("SendMessage", word);
        await bob.WaitForAsync("YouGuessed");

        await bob.InvokeAsync("SendMessage", "that was easy");
        await drawer.InvokeAsync("SendMessage", "thanks");

        (await drawer.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "that was easy")).GetProperty("channel").GetString().ShouldBe("guessed");
        (await bob.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "thanks")).GetProperty("channel").GetString().ShouldBe("guessed");
        await cid.InvokeAsync("SendMessage", "hmm");
        await cid.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "hmm");
        cid.All("ChatMessage").ShouldNotContain(m => m.GetProperty("channel").GetString() == "guessed");
        (await cid.InvokeAsync("GetSnapshot")).GetProperty("chat").EnumerateArray()
            .ShouldNotContain(m => m.GetProperty("channel").GetString() == "guessed");
    }

    [Fact]
    public async Task The_drawer_cannot_write_the_word()
    {
        var (drawer, word) = await _table.StartDrawingAsync();

        (await drawer.InvokeExpectingErrorAsync("SendMessage", $"it is a {word.ToUpperInvariant()}!")).Code.ShouldBe("WORD_IN_MESSAGE");

        foreach (var player in _table.Players)
            player.Events.ShouldNotContain(e => e.Target == "ChatMessage" && e.RawFrame.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Joins_leaves_and_turns_appear_as_system_messages_and_the_snapshot_keeps_the_last_50()
    {
        await _table.StartDrawingAsync();
        var codes = _table.Host.All("ChatMessage").Select(m => m.GetProperty("systemCode").GetString()).ToArray();
        codes.ShouldContain("playerJoined");
        codes.ShouldContain("gameStarted");
        codes.ShouldContain("turnStarted");

        for (var i = 0; i < 60; i++)
        {
            if (i % 5 == 0) _server.Clock.Advance(TimeSpan.FromSeconds(3));
            await _table.Players[1].InvokeAsync("SendMessage", $"line {i}");
        }

        var chat = (await _table.Players[2].InvokeAsync("GetSnapshot")).GetProperty("chat").EnumerateArray().ToArray();
        chat.Length.ShouldBe(50);
        chat[^1].GetProperty("text").GetString().ShouldBe("line 59");
    }

    [Fact]
    public async Task The_chat_records_the_game_rounds_each_revealed_word_and_timed_out_turns_also_after_a_reload()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(rounds: 2), "Dee", "Eve");
        var (dee, eve) = (table.Players[0], table.Players[1]);
        await dee.InvokeAsync("StartGame");

        var word1 = await GameTable.ChooseFirstWordAsync(await table.DrawerOfTurnAsync(1), 1);
        await eve.InvokeAsync("SendMessage", word1);
        await eve.WaitForAsync("ChatMessage", m => m.GetProperty("systemCode").GetString() == "turnEnded");
        _server.Clock.Advance(TimeSpan.FromSeconds(5));
        var word2 = await GameTable.ChooseFirstWordAsync(await table.DrawerOfTurnAsync(2), 2);
        _server.Clock.Advance(TimeSpan.FromSeconds(60));
        await dee.WaitForAsync("ChatMessage", m => m.GetProperty("systemCode").GetString() == "turnEnded" && m.GetProperty("args")[0].GetString() == word2);
        _server.Clock.Advance(TimeSpan.FromSeconds(5));
        await table.DrawerOfTurnAsync(3);

        string[] Record(IEnumerable<JsonElement> chat) => chat
            .Where(m => m.GetProperty("kind").GetString() == "system")
            .Select(m => string.Join(' ', [m.GetProperty("systemCode").GetString(), .. m.GetProperty("args").EnumerateArray().Select(a => a.GetString())]))
            .Where(line => !line.StartsWith("playerJoined", StringComparison.Ordinal))
            .ToArray();
        string[] expected = [
            "gameStarted", "roundStarted 1 2", "turnStarted Dee", "playerGuessed Eve", $"turnEnded {word1} allGuessed",
            "turnStarted Eve", $"turnEnded {word2} timeUp", "roundStarted 2 2", "turnStarted Dee",
        ];
        await eve.WaitForAsync("ChatMessage", _ => eve.All("ChatMessage").Count(m => m.GetProperty("systemCode").GetString() == "turnStarted") == 3);
        Record(eve.All("ChatMessage")).ShouldBe(expected);
        Record((await eve.InvokeAsync("GetSnapshot")).GetProperty("chat").EnumerateArray()).ShouldBe(expected);

        // The word line comes after the word reached everyone.
        var events = eve.Events.Select(e => e.Target == "ChatMessage" ? e.Payload.GetProperty("systemCode").GetString() : e.Target).ToList();
        events.IndexOf("turnEnded").ShouldBeGreaterThan(events.IndexOf("TurnEnded"));
    }
}
