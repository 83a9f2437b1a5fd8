using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>SendMessage: 1-100 characters after trimming, no control characters; the drawer never writes the word.</summary>
public sealed class ChatBadInputTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    public static TheoryData<string, string> BadTexts => new()
    {
        { "101 characters", $"""["{new string('m', 101)}"]""" },
        { "10,000 characters", $"""["{new string('m', 10_000)}"]""" },
        { "empty", """[""]""" },
        { "only spaces", """["      "]""" },
        { "only a line break", """["\n"]""" },
        { "null", "[null]" },
        { "a bell character", """["hi\u0007there"]""" },
        { "an escape sequence", """["\u001b[2Jcleared"]""" },
        { "a noncharacter", """["a\ufffeb"]""" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task A_bad_message_fails_with_VALIDATION_FAILED_and_nobody_receives_it(string why, string argumentsJson)
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var (ann, bob) = (table.Players[0], table.Players[1]);

        var error = await ann.ShouldFailRawWithAsync("VALIDATION_FAILED", "SendMessage", argumentsJson);

        error.Message.ShouldContain("text", customMessage: why);
        var hundred = new string('k', 100);
        await ann.InvokeAsync("SendMessage", hundred);
        await bob.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == hundred);
        PlayerMessages(bob).ShouldBe([hundred], "the refused message must not reach anyone");
        (await ann.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("chat").EnumerateArray()
            .Count(m => m.GetProperty("kind").GetString() == "player").ShouldBe(1);
    }

    [Fact]
    public async Task Broken_unicode_while_choosing_or_drawing_fails_with_VALIDATION_FAILED_not_INTERNAL_ERROR()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        await table.Host.InvokeAsync("StartGame");
        var drawer = await table.DrawerOfTurnAsync(1);
        var guesser = table.GuessersOf(drawer).Single();

        await drawer.ShouldFailRawWithAsync("VALIDATION_FAILED", "SendMessage", """["a\ufffeb"]""");
        await guesser.ShouldFailRawWithAsync("VALIDATION_FAILED", "SendMessage", """["a\ufffeb"]""");
        await GameTable.ChooseFirstWordAsync(drawer, 1);
        await drawer.ShouldFailRawWithAsync("VALIDATION_FAILED", "SendMessage", """["a\ufffeb"]""");
        await guesser.ShouldFailRawWithAsync("VALIDATION_FAILED", "SendMessage", """["a\ufffeb"]""");
        // JSON text with a lone surrogate does not bind to a string: refused before our code, as unreadable arguments.
        await guesser.ShouldBeRefusedAsUnreadableAsync("SendMessage", """["\udfff\ud800"]""");

        await guesser.InvokeAsync("SendMessage", "still here");
        await drawer.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "still here");
    }

    [Fact]
    public async Task Refused_messages_do_not_use_up_the_chat_rate_limit()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        var ann = table.Players[0];
        for (var i = 0; i < 6; i++) await ann.ShouldFailWithAsync("VALIDATION_FAILED", "SendMessage", "");

        for (var i = 1; i <= 5; i++) await ann.InvokeAsync("SendMessage", $"line {i}");

        await table.Players[1].WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "line 5");
    }

    [Fact]
    public async Task The_drawer_writing_the_word_fails_with_WORD_IN_MESSAGE_and_nobody_receives_it()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();
        var (drawer, word) = await table.StartDrawingAsync();
        var guessers = table.GuessersOf(drawer).ToArray();
        await guessers[0].InvokeAsync("SendMessage", word);
        await guessers[0].WaitForAsync("YouGuessed");

        await drawer.ShouldFailWithAsync("WORD_IN_MESSAGE", "SendMessage", word);
        await drawer.ShouldFailWithAsync("WORD_IN_MESSAGE", "SendMessage", $"it is {word.ToUpperInvariant()}!");
        await drawer.ShouldFailWithAsync("WORD_IN_MESSAGE", "SendMessage", $"hint: {string.Join(' ', word.Replace(" ", "").ToCharArray())}");

        await drawer.InvokeAsync("SendMessage", "nice one");
        await guessers[0].WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "nice one");
        await guessers[1].InvokeAsync("SendMessage", "sentinel");
        foreach (var player in table.Players)
        {
            await player.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "sentinel");
            PlayerMessages(player).ShouldNotContain(t => t.Contains(word, StringComparison.OrdinalIgnoreCase) || t.Contains("hint:", StringComparison.Ordinal));
        }
        guessers[1].Events.Where(e => e.Target is "ChatMessage" or "CloseGuess")
            .ShouldNotContain(e => e.RawFrame.Contains(word, StringComparison.OrdinalIgnoreCase));
        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("phase").GetString().ShouldBe("drawing");
    }

    [Fact]
    public async Task The_drawer_writing_one_of_the_offered_words_while_choosing_fails_with_WORD_IN_MESSAGE()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        await using var tidyTable = table.Tidy();
        await table.Host.InvokeAsync("StartGame");
        var drawer = await table.DrawerOfTurnAsync(1);
        var options = (await drawer.WaitForAsync("WordOptions")).GetProperty("options").EnumerateArray().Select(o => o.GetString()!).ToArray();

        foreach (var option in options) await drawer.ShouldFailWithAsync("WORD_IN_MESSAGE", "SendMessage", $"which one, {option}?");

        var guesser = table.GuessersOf(drawer).Single();
        await drawer.InvokeAsync("SendMessage", "thinking");
        await guesser.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "thinking");
        PlayerMessages(guesser).ShouldBe(["thinking"]);
        await GameTable.ChooseFirstWordAsync(drawer, 1);
    }

    private static string[] PlayerMessages(HubTestClient player) =>
        player.All("ChatMessage").Where(m => m.GetProperty("kind").GetString() == "player").Select(m => m.GetProperty("text").GetString()!).ToArray();
}
