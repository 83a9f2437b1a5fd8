using System.Text.Json;
using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Game;

/// <summary>The drawer asks once per turn for other words: only the drawer learns them, the old ones are gone.</summary>
public sealed class WordOptionsChangeTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    [Fact]
    public async Task The_drawer_gets_three_other_words_once_chooses_among_them_and_nobody_else_hears_of_any()
    {
        var (table, drawer) = await StartChoosingAsync(GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();
        var first = await drawer.WaitForAsync("WordOptions");
        first.GetProperty("canChange").GetBoolean().ShouldBeTrue();
        var firstWords = Words(first.GetProperty("options"));

        await drawer.InvokeAsync("ChangeWordOptions");

        var second = await drawer.WaitForAsync("WordOptions", o => !o.GetProperty("canChange").GetBoolean());
        var secondWords = Words(second.GetProperty("options"));
        secondWords.Length.ShouldBe(3);
        secondWords.ShouldNotContain(w => firstWords.Contains(w), "no word of the first deal comes back");
        firstWords.Concat(secondWords).ShouldBe(GameTable.Words, ignoreOrder: true);
        second.GetProperty("phaseEndsAt").GetInt64().ShouldBe(first.GetProperty("phaseEndsAt").GetInt64(), "the choosing time runs on");
        var snapshot = (await drawer.InvokeAsync("GetSnapshot")).GetProperty("game");
        Words(snapshot.GetProperty("wordOptions")).ShouldBe(secondWords);
        snapshot.GetProperty("canChangeWordOptions").GetBoolean().ShouldBeFalse();

        await drawer.InvokeAsync("ChooseWord", 2);

        (await drawer.WaitForAsync("DrawingStarted")).GetProperty("word").GetString().ShouldBe(secondWords[2]);
        foreach (var guesser in table.GuessersOf(drawer))
        {
            await guesser.WaitForAsync("DrawingStarted");
            guesser.All("WordOptions").ShouldBeEmpty();
            var frames = string.Join('\n', guesser.Events.Select(e => e.RawFrame));
            foreach (var word in GameTable.Words)
                frames.ShouldNotContain(word, Case.Insensitive, $"{guesser.Name} must not learn an offered word");
            (await guesser.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canChangeWordOptions").GetBoolean().ShouldBeFalse();
        }
    }

    [Fact]
    public async Task Asking_twice_out_of_turn_or_while_drawing_is_refused_with_a_stable_code_and_changes_nothing()
    {
        var (table, drawer) = await StartChoosingAsync(GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidyTable = table.Tidy();
        var guesser = table.GuessersOf(drawer).First();
        await drawer.WaitForAsync("WordOptions");

        await guesser.ShouldFailWithAsync("NOT_DRAWER", "ChangeWordOptions");
        await drawer.InvokeAsync("ChangeWordOptions");
        var changed = Words((await drawer.WaitForAsync("WordOptions", o => !o.GetProperty("canChange").GetBoolean())).GetProperty("options"));
        await drawer.ShouldFailWithAsync("NO_OTHER_WORDS", "ChangeWordOptions");

        Words((await drawer.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("wordOptions")).ShouldBe(changed);
        drawer.All("WordOptions").Count.ShouldBe(2);
        await drawer.InvokeAsync("ChooseWord", 0);
        await drawer.WaitForAsync("DrawingStarted");
        await drawer.ShouldFailWithAsync("WRONG_PHASE", "ChangeWordOptions");
    }

    [Fact]
    public async Task A_word_list_too_short_for_two_deals_offers_no_change()
    {
        var settings = new { name = "Few words", isPublic = false, rounds = 1, drawingSeconds = 60, hints = 0, wordChoices = 3,
            customWords = new[] { "apple", "banana", "cherry", "grape", "lemon" }, customWordsOnly = true };
        var (table, drawer) = await StartChoosingAsync(settings, "Ann", "Bob");
        await using var tidyTable = table.Tidy();

        (await drawer.WaitForAsync("WordOptions")).GetProperty("canChange").GetBoolean().ShouldBeFalse();
        await drawer.ShouldFailWithAsync("NO_OTHER_WORDS", "ChangeWordOptions");
        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("phase").GetString().ShouldBe("choosing");
    }

    /// <summary>Seats the players and starts the game: turn 1's drawer is choosing.</summary>
    private async Task<(GameTable Table, HubTestClient Drawer)> StartChoosingAsync(object settings, params string[] names)
    {
        var table = await GameTable.SeatAsync(_server, settings, names);
        await table.Host.InvokeAsync("StartGame");
        return (table, await table.DrawerOfTurnAsync(1));
    }

    private static string[] Words(JsonElement options) => options.EnumerateArray().Select(o => o.GetString()!).ToArray();
}
