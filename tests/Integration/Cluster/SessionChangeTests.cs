using DrawGuess.IntegrationTests.Support;
using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// Each instance answers its connections' calls from a cache of their sessions, and sends to the
/// connections it looked up before; a change made on another instance must reach it before the
/// player's next call there, or the next message to the player.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class SessionChangeTests(RedisServer redis, ITestOutputHelper output) : RealServersTest(output)
{
    private ServerProcess _a = null!;
    private ServerProcess _b = null!;

    public override async Task InitializeAsync()
    {
        (_a, _b) = await StartTwoInstancesAsync(redis);
    }

    [Fact]
    public async Task A_drawer_who_resumes_on_another_instance_can_no_longer_draw_from_the_old_tab()
    {
        var players = await SeatAsync(Settings(), (_a, "Ann"), (_b, "Bob"));
        var (ann, bob) = (players[0], players[1]);
        await ann.InvokeAsync("StartGame");
        await GameTable.ChooseFirstWordAsync(ann, 1);
        await ann.InvokeAsync("DrawStroke", Stroke(1));
        await bob.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 1);

        var (annOnB, _) = await ResumeOnAsync(_b, ann);
        await ann.WaitForAsync("SessionReplaced");

        (await ann.InvokeExpectingErrorAsync("DrawStroke", Stroke(2))).Code.ShouldBe("NOT_REGISTERED");
        (await ann.InvokeExpectingErrorAsync("GetSnapshot")).Code.ShouldBe("NOT_REGISTERED");
        await annOnB.InvokeAsync("DrawStroke", Stroke(3));
        await bob.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 3);
        bob.All("Canvas").ShouldNotContain(c => c.GetProperty("strokeId").GetInt32() == 2);
    }

    [Fact]
    public async Task A_player_kicked_from_another_instance_is_out_of_the_room_on_their_own_at_once()
    {
        var players = await SeatAsync(Settings(), (_b, "Ann"), (_b, "Bob"), (_a, "Cid"));
        var (ann, cid) = (players[0], players[2]);
        await cid.InvokeAsync("SendMessage", "hi all");
        await cid.InvokeAsync("GetSnapshot");

        await ann.InvokeAsync("Kick", cid.PlayerId);
        await cid.WaitForAsync("Kicked");

        (await cid.InvokeExpectingErrorAsync("GetSnapshot")).Code.ShouldBe("NOT_IN_ROOM");
        (await cid.InvokeExpectingErrorAsync("SendMessage", "still here?")).Code.ShouldBe("NOT_IN_ROOM");
        var ownRoom = await cid.InvokeAsync("CreateRoom", Settings());
        ownRoom.GetProperty("room").GetProperty("players").GetArrayLength().ShouldBe(1);
        (await cid.InvokeAsync("GetSnapshot")).GetProperty("room").GetProperty("roomId").GetString()
            .ShouldBe(ownRoom.GetProperty("room").GetProperty("roomId").GetString());
    }

    [Fact]
    public async Task A_guesser_who_resumes_on_their_own_instance_receives_the_drawers_next_stroke_on_the_new_connection_only()
    {
        var (ann, bob, cid) = await DrawingWithReceiversKnownOnAAsync();

        var (bobAgain, resumed) = await ResumeOnAsync(_b, bob);
        await bob.WaitForAsync("SessionReplaced");
        await ann.InvokeAsync("DrawStroke", Stroke(2));

        resumed.GetProperty("room").GetProperty("game").GetProperty("canvas").GetArrayLength().ShouldBe(1);
        await bobAgain.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 2);
        await cid.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 2);
        bob.All("Canvas").ShouldNotContain(c => c.GetProperty("strokeId").GetInt32() == 2);
    }

    [Fact]
    public async Task A_guesser_who_resumes_on_the_drawers_instance_receives_the_drawers_next_stroke_on_the_new_connection_only()
    {
        var (ann, bob, cid) = await DrawingWithReceiversKnownOnAAsync();

        var (bobOnA, resumed) = await ResumeOnAsync(_a, bob);
        await bob.WaitForAsync("SessionReplaced");
        await ann.InvokeAsync("DrawStroke", Stroke(2));

        resumed.GetProperty("room").GetProperty("game").GetProperty("canvas").GetArrayLength().ShouldBe(1);
        await bobOnA.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 2);
        await cid.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 2);
        bob.All("Canvas").ShouldNotContain(c => c.GetProperty("strokeId").GetInt32() == 2);
    }

    /// <summary>Ann draws on A, Bob and Cid guess on B; A, which relays Ann's strokes, has looked up their connections.</summary>
    private async Task<(HubTestClient Ann, HubTestClient Bob, HubTestClient Cid)> DrawingWithReceiversKnownOnAAsync()
    {
        var players = await SeatAsync(Settings(), (_a, "Ann"), (_b, "Bob"), (_b, "Cid"));
        var (ann, bob, cid) = (players[0], players[1], players[2]);
        await ann.InvokeAsync("StartGame");
        await GameTable.ChooseFirstWordAsync(ann, 1);
        await ann.InvokeAsync("DrawStroke", Stroke(1));
        await bob.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 1);
        return (ann, bob, cid);
    }

    private static object Stroke(int strokeId) => new { strokeId, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20 } };
}
