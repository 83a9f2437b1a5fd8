using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>
/// Chat (5 messages per 3 s) and stroke (burst 120, 60 per second) floods. Each test has its own server
/// because the limits run on the server's manual clock, which these tests move.
/// </summary>
public sealed class FloodTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");

    public async Task DisposeAsync()
    {
        await _table.Tidy().DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task The_sixth_chat_message_within_3_seconds_fails_with_RATE_LIMITED_and_is_not_broadcast()
    {
        var (ann, bob) = (_table.Players[0], _table.Players[1]);
        for (var i = 1; i <= 5; i++) await ann.InvokeAsync("SendMessage", $"spam {i}");

        await ann.ShouldFailWithAsync("RATE_LIMITED", "SendMessage", "spam 6");

        await ann.ShouldStillBeInRoomAsync(_table.RoomId);
        await bob.InvokeAsync("SendMessage", "sentinel");
        await ann.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "sentinel");
        TextsFrom(bob, ann).ShouldBe(["spam 1", "spam 2", "spam 3", "spam 4", "spam 5"]);
        var chat = (await bob.InvokeAsync("GetSnapshot")).GetProperty("chat").EnumerateArray().Select(m => m.GetProperty("text").GetString());
        chat.ShouldNotContain("spam 6");
    }

    [Fact]
    public async Task A_flood_of_any_hub_call_is_cut_with_RATE_LIMITED_and_the_connection_recovers_a_second_later()
    {
        var (ann, bob) = (_table.Players[0], _table.Players[1]);
        var outcomes = new List<string>();
        for (var i = 0; i < WebApi.Realtime.HubCallRateLimitFilter.Burst + 10; i++)
        {
            try
            {
                await ann.InvokeAsync("GetSnapshot");
                outcomes.Add("ok");
            }
            catch (HubCallException error)
            {
                outcomes.Add(error.Message.Contains("RATE_LIMITED: ", StringComparison.Ordinal) ? "limited" : error.Message);
            }
        }

        var firstLimited = outcomes.IndexOf("limited");
        firstLimited.ShouldBeGreaterThan(WebApi.Realtime.HubCallRateLimitFilter.Burst - 10, "seating used a few calls of the burst, no more");
        outcomes.Skip(firstLimited).ShouldAllBe(o => o == "limited");
        (await bob.InvokeAsync("GetSnapshot")).GetProperty("room").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Object, "one connection's flood limits only that connection");
        ann.IsOpen.ShouldBeTrue();

        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        await ann.ShouldStillBeInRoomAsync(_table.RoomId);
    }

    [Fact]
    public async Task After_3_seconds_a_rate_limited_player_can_chat_again()
    {
        var (ann, bob) = (_table.Players[0], _table.Players[1]);
        for (var i = 1; i <= 5; i++) await ann.InvokeAsync("SendMessage", $"spam {i}");
        await ann.ShouldFailWithAsync("RATE_LIMITED", "SendMessage", "too soon");

        _server.Clock.Advance(TimeSpan.FromSeconds(2.9));
        await ann.ShouldFailWithAsync("RATE_LIMITED", "SendMessage", "still too soon");
        _server.Clock.Advance(TimeSpan.FromSeconds(0.1));
        await ann.InvokeAsync("SendMessage", "back again");

        await bob.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "back again");
        TextsFrom(bob, ann).ShouldNotContain("too soon");
        TextsFrom(bob, ann).ShouldNotContain("still too soon");
    }

    [Fact]
    public async Task One_players_flood_does_not_limit_the_others()
    {
        var (ann, bob, cid) = (_table.Players[0], _table.Players[1], _table.Players[2]);
        for (var i = 1; i <= 5; i++) await ann.InvokeAsync("SendMessage", $"spam {i}");
        await ann.ShouldFailWithAsync("RATE_LIMITED", "SendMessage", "spam 6");

        for (var i = 1; i <= 5; i++) await bob.InvokeAsync("SendMessage", $"bob {i}");

        await cid.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "bob 5");
    }

    [Fact]
    public async Task A_correct_guess_that_is_rate_limited_scores_nothing_and_is_not_revealed()
    {
        var (drawer, word) = await _table.StartDrawingAsync();
        var guesser = _table.GuessersOf(drawer).First();
        for (var i = 1; i <= 5; i++) await guesser.InvokeAsync("SendMessage", $"guess {i}");

        await guesser.ShouldFailWithAsync("RATE_LIMITED", "SendMessage", word);

        await guesser.ShouldStillBeInRoomAsync(_table.RoomId);
        guesser.All("YouGuessed").ShouldBeEmpty();
        await BadInputKit.SettleAsync();
        drawer.All("PlayerGuessed").ShouldBeEmpty();
        var scores = (await drawer.InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("scores");
        scores.EnumerateArray().ShouldAllBe(s => !s.GetProperty("guessed").GetBoolean());

        _server.Clock.Advance(TimeSpan.FromSeconds(3));
        await guesser.InvokeAsync("SendMessage", word);
        (await guesser.WaitForAsync("YouGuessed")).GetProperty("points").GetInt32().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_burst_of_130_stroke_batches_is_cut_at_the_limit_and_the_others_receive_exactly_the_accepted_ones()
    {
        var (drawer, _) = await _table.StartDrawingAsync();
        var guessers = _table.GuessersOf(drawer).ToArray();

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 130).Select(async strokeId =>
        {
            try
            {
                await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(strokeId));
                return "OK";
            }
            catch (HubCallException error)
            {
                return error.Code;
            }
        }));

        outcomes.Distinct().ShouldBe(["OK", "RATE_LIMITED"], ignoreOrder: true);
        var accepted = outcomes.Count(o => o == "OK");
        accepted.ShouldBe(120, "the burst is 120 batches and the clock did not move");
        await drawer.ShouldStillBeInRoomAsync(_table.RoomId);
        foreach (var guesser in guessers)
        {
            await BadInputKit.EventuallyAsync(() => guesser.All("Canvas").Count >= accepted, $"{guesser.Name} receives {accepted} batches");
            await BadInputKit.SettleAsync();
            guesser.All("Canvas").Count.ShouldBe(accepted, $"{guesser.Name} must receive exactly the accepted batches");
        }
        var canvas = (await guessers[0].InvokeAsync("GetSnapshot")).GetProperty("game").GetProperty("canvas");
        canvas.GetArrayLength().ShouldBe(accepted);
    }

    [Fact]
    public async Task After_a_stroke_flood_the_drawer_can_draw_again_once_the_bucket_refills()
    {
        var (drawer, _) = await _table.StartDrawingAsync();
        for (var strokeId = 1; strokeId <= 120; strokeId++) await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(strokeId));
        await drawer.ShouldFailWithAsync("RATE_LIMITED", "DrawStroke", BadInputKit.Stroke(121));
        await drawer.ShouldFailWithAsync("RATE_LIMITED", "Fill", BadInputKit.Fill(122));

        _server.Clock.Advance(TimeSpan.FromSeconds(1));
        for (var strokeId = 200; strokeId < 260; strokeId++) await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(strokeId));
        await drawer.ShouldFailWithAsync("RATE_LIMITED", "DrawStroke", BadInputKit.Stroke(260));

        var guesser = _table.GuessersOf(drawer).First();
        await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 259);
        await BadInputKit.SettleAsync();
        guesser.All("Canvas").Count.ShouldBe(180);
        guesser.All("Canvas").ShouldNotContain(c => c.GetProperty("strokeId").GetInt32() == 121 || c.GetProperty("strokeId").GetInt32() == 260);
    }

    private static string[] TextsFrom(HubTestClient receiver, HubTestClient sender) =>
        receiver.All("ChatMessage").Where(m => m.GetProperty("kind").GetString() == "player" && m.GetProperty("playerId").GetString() == sender.PlayerId)
            .Select(m => m.GetProperty("text").GetString()!).ToArray();
}
