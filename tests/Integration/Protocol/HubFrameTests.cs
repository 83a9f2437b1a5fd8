using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Protocol;

/// <summary>
/// Frames written by hand, as a client without a SignalR library sends them (docs/protocol.md, "Errors"):
/// a call the server cannot read is answered with VALIDATION_FAILED on an open connection; only a frame that
/// is no hub message at all closes the connection, and then with a Close message that says why.
/// </summary>
public sealed class HubFrameTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    [Fact]
    public async Task A_190_byte_call_nested_63_levels_deep_is_refused_and_the_connection_is_kept()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();
        var frame = """{"type":1,"invocationId":"deep","target":"SendMessage","arguments":""" + new string('[', 63) + new string(']', 63) + "}";
        frame.Length.ShouldBeLessThan(200);

        var error = await Should.ThrowAsync<HubCallException>(() => ann.InvokeFrameAsync("deep", frame));

        error.ShouldBeUnreadable("SendMessage");
        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task Over_deep_arguments_before_the_target_are_refused_and_the_connection_is_kept()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();
        var frame = """{"type":1,"invocationId":"first","arguments":[""" + string.Concat(Enumerable.Repeat("""{"a":""", 200)) + "0" + new string('}', 200) + """],"target":"CreateRoom"}""";

        var error = await Should.ThrowAsync<HubCallException>(() => ann.InvokeFrameAsync("first", frame));

        error.ShouldBeUnreadable("CreateRoom");
        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task An_over_deep_call_without_an_invocation_id_gets_no_answer_and_the_connection_is_kept()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        await ann.SendFrameAsync("""{"type":1,"target":"SendMessage","arguments":""" + new string('[', 500) + new string(']', 500) + "}");

        await ann.ShouldStillWorkAsync();
    }

    public static TheoryData<string, string> NotHubMessages => new()
    {
        { "an unknown message type", """{"type":99}""" },
        { "an unknown message type with an invocation id", """{"type":42,"invocationId":"1","target":"Register","arguments":["Ann"]}""" },
        { "not JSON", "[not json" },
        { "a JSON array", """[1,2,3]""" },
        { "no message type", """{"invocationId":"1","target":"Register","arguments":["Ann"]}""" },
    };

    [Theory]
    [MemberData(nameof(NotHubMessages))]
    public async Task A_frame_that_is_not_a_hub_message_closes_the_connection_with_a_reason_and_the_seat_is_kept(string why, string frame)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();
        var roomId = (await ann.InvokeAsync("CreateRoom", GameTable.Settings())).GetProperty("room").GetProperty("roomId").GetString()!;

        await ann.SendFrameAsync(frame);

        var closed = await ann.Closed.WaitAsync(HubTestClient.DefaultWait);
        closed.CloseMessage.ShouldBeTrue(why);
        closed.Error.ShouldNotBeNull(why).ShouldContain("HubException: PROTOCOL_ERROR: ", customMessage: why);
        await BadInputKit.EventuallyAsync(() => !ann.IsOpen, $"{why}: the server ends the connection");
        var annAgain = await _server.ConnectAsync();
        await using var tidyAnnAgain = annAgain.Tidy();
        var resumed = await annAgain.ResumeAsync(ann.ResumeToken);
        resumed.GetProperty("room").GetProperty("room").GetProperty("roomId").GetString().ShouldBe(roomId, "the seat is kept as for any lost connection");
    }
}
