using System.Text.Encodings.Web;
using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Chat;

/// <summary>
/// A guesser who writes the word inside a sentence: the line reaches the sender, the drawer and those
/// who guessed, as an ordinary line, and no frame of a player who may not see the word carries it.
/// </summary>
public sealed class WordInChatTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid", "Dee");

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_sentence_with_the_word_never_reaches_a_guesser_who_has_not_guessed()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var (bob, cid, dee) = (_table.Players[1], _table.Players[2], _table.Players[3]);
        await dee.InvokeAsync("SendMessage", word);
        await dee.WaitForAsync("YouGuessed");
        var sentence = $"I think {word} or not";
        var shouted = $"maybe {word.ToUpperInvariant().Replace(' ', '-')}!!";

        var ordinaryAnswer = await bob.InvokeAsync("SendMessage", "no idea yet");
        var sentenceAnswer = await bob.InvokeAsync("SendMessage", sentence);
        var shoutedAnswer = await bob.InvokeAsync("SendMessage", shouted);
        await bob.InvokeAsync("SendMessage", "sentinel");

        sentenceAnswer.ValueKind.ShouldBe(ordinaryAnswer.ValueKind);
        shoutedAnswer.ValueKind.ShouldBe(ordinaryAnswer.ValueKind);
        foreach (var reader in new[] { bob, drawer, dee })
        {
            await reader.WaitForAsync("ChatMessage", m => Text(m) == "sentinel");
            ReaderLines(reader, bob).ShouldBe(["no idea yet", sentence, shouted, "sentinel"], customMessage: reader.Name);
            reader.All("ChatMessage").Where(m => Text(m) == sentence).ShouldAllBe(m => m.GetProperty("channel").GetString() == "all");
        }
        await cid.WaitForAsync("ChatMessage", m => Text(m) == "sentinel");
        ReaderLines(cid, bob).ShouldBe(["no idea yet", "sentinel"]);
        ShouldNeverHaveSeen(cid, word);
        HistoryOf(await cid.InvokeAsync("GetSnapshot")).ShouldNotContain(sentence);
        HistoryOf(await bob.InvokeAsync("GetSnapshot")).ShouldContain(sentence);
        HistoryOf(await drawer.InvokeAsync("GetSnapshot")).ShouldContain(shouted);
    }

    [Fact]
    public async Task A_player_who_joins_mid_turn_gets_no_such_line_in_the_snapshot_or_later()
    {
        var (_, word) = await _table.StartDrawingAsync();
        var bob = _table.Players[1];
        await bob.InvokeAsync("SendMessage", $"{word}, surely");
        await using var eve = await _server.PlayerAsync("Eve");

        var joined = await eve.InvokeAsync("JoinRoom", _table.Code);
        await eve.InvokeAsync("SendMessage", $"is it {word}?!");
        await bob.InvokeAsync("SendMessage", $"no, {word} for sure");
        await bob.InvokeAsync("SendMessage", "sentinel");

        HistoryOf(joined).ShouldNotContain($"{word}, surely");
        await eve.WaitForAsync("ChatMessage", m => Text(m) == "sentinel");
        eve.All("ChatMessage").Select(Text).ShouldContain($"is it {word}?!");
        ShouldNeverHaveSeen(_table.Players[2], word);
        eve.Events.Where(e => e.Target == "ChatMessage" && Unescaped(e.RawFrame).Contains(word, StringComparison.OrdinalIgnoreCase))
            .Select(e => Text(e.Payload)).ShouldBe([$"is it {word}?!"], "Eve sees her own line and no one else's");
    }

    [Fact]
    public async Task A_korean_word_with_a_particle_attached_is_held_back_too()
    {
        var settings = new { name = "한국어 방", isPublic = false, rounds = 1, drawingSeconds = 60, hints = 0, wordChoices = 1, language = "ko",
            customWords = new[] { "고양이" }, customWordsOnly = true };
        await using var korean = await GameTable.SeatAsync(_server, settings, "민지", "서준", "하은");
        var (drawer, word) = await korean.StartDrawingAsync();
        var (writer, reader) = (korean.GuessersOf(drawer).First(), korean.GuessersOf(drawer).Last());

        await writer.InvokeAsync("SendMessage", "고양이가 맞나?");
        await writer.InvokeAsync("SendMessage", "강아지?");

        word.ShouldBe("고양이");
        await reader.WaitForAsync("ChatMessage", m => Text(m) == "강아지?");
        ReaderLines(reader, writer).ShouldBe(["강아지?"]);
        await drawer.WaitForAsync("ChatMessage", m => Text(m) == "고양이가 맞나?");
        drawer.Events.ShouldContain(e => Unescaped(e.RawFrame).Contains(word), "the frame check must see Hangul");
        ShouldNeverHaveSeen(reader, word);
    }

    [Fact]
    public async Task When_the_word_is_revealed_anyone_may_write_it_to_everyone()
    {
        var (_, word) = await _table.StartDrawingAsync();
        _server.Clock.Advance(TimeSpan.FromSeconds(61));
        await _table.Host.WaitForAsync("TurnEnded");

        await _table.Players[1].InvokeAsync("SendMessage", $"it was {word}!");

        await _table.Players[2].WaitForAsync("ChatMessage", m => Text(m) == $"it was {word}!");
    }

    private static string Text(JsonElement message) => message.GetProperty("text").GetString()!;

    private static string[] ReaderLines(HubTestClient reader, HubTestClient sender) =>
        reader.All("ChatMessage").Where(m => m.GetProperty("playerId").GetString() == sender.PlayerId).Select(Text).ToArray();

    private static string[] HistoryOf(JsonElement snapshot) =>
        snapshot.GetProperty("chat").EnumerateArray().Select(Text).ToArray();

    private static void ShouldNeverHaveSeen(HubTestClient guesser, string word) =>
        guesser.Events.ShouldNotContain(e => Unescaped(e.RawFrame).Contains(word, StringComparison.OrdinalIgnoreCase), $"{guesser.Name} may not see the word");

    /// <summary>The frame with its JSON escapes undone: the server writes Hangul as \uXXXX.</summary>
    private static string Unescaped(string frame) =>
        JsonSerializer.Serialize(JsonDocument.Parse(frame.TrimEnd('\u001e')).RootElement, Relaxed);
}
