using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Protocol;

/// <summary>
/// The MessagePack hub protocol (docs/protocol.md): the same payload shapes as JSON, unreadable calls answered with
/// VALIDATION_FAILED on an open connection, and a frame that is no hub message closed with PROTOCOL_ERROR.
/// </summary>
public sealed class MessagePackProtocolTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new() { HubProtocol = HubWireProtocol.MessagePack };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_turn_over_MessagePack_delivers_strokes_and_snapshots_with_the_fields_of_the_JSON_protocol()
    {
        var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob", "Cid");
        await using var tidy = table.Tidy();
        var (drawer, word) = await table.StartDrawingAsync();
        var guesser = table.GuessersOf(drawer).First();

        await drawer.InvokeAsync("DrawStroke", BadInputKit.Stroke(4));
        await drawer.SendAsync("DrawStroke", BadInputKit.Stroke(5));

        var stroke = await guesser.WaitForAsync("Canvas", c => c.GetProperty("strokeId").GetInt32() == 5);
        stroke.GetProperty("kind").GetString().ShouldBe("stroke");
        stroke.GetProperty("points").EnumerateArray().Select(p => p.GetInt32()).ShouldBe([10, 10, 20, 20, 30, 25]);
        (await drawer.ShouldStillBeInRoomAsync(table.RoomId)).GetProperty("game").GetProperty("word").GetString().ShouldBe(word);
        await guesser.InvokeAsync("SendMessage", word);
        (await guesser.WaitForAsync("YouGuessed")).GetProperty("word").GetString().ShouldBe(word);
    }

    [Theory]
    [InlineData("Register", "[42]")]
    [InlineData("DrawStroke", """[{"strokeId":"seven"}]""")]
    [InlineData("ChooseWord", "[\"first\"]")]
    [InlineData("SendMessage", "[\"a\",\"b\"]")]
    [InlineData("NoSuchMethod", "[]")]
    public async Task A_call_whose_arguments_cannot_be_read_is_answered_with_VALIDATION_FAILED_and_the_connection_stays_open(string method, string argumentsJson)
    {
        await using var ann = await _server.PlayerAsync("Ann");

        var error = await ann.InvokeRawExpectingErrorAsync(method, argumentsJson);

        error.Code.ShouldBe("VALIDATION_FAILED", error.Message);
        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task A_stroke_with_arguments_nested_deeper_than_JSON_allows_is_answered_with_VALIDATION_FAILED()
    {
        await using var ann = await _server.PlayerAsync("Ann");

        var error = await ann.InvokeRawExpectingErrorAsync("DrawStroke", "[" + new string('[', 100) + new string(']', 100) + "]");

        error.Code.ShouldBe("VALIDATION_FAILED", error.Message);
        await ann.ShouldStillWorkAsync();
    }

    [Theory]
    [InlineData(new byte[] { 0x01, 0x05 })] // a frame holding the number 5
    [InlineData(new byte[] { 0x02, 0x91, 0x63 })] // [99]: an unknown message type
    [InlineData(new byte[] { 0x03, 0x92, 0x01, 0xc1 })] // [1, (never used code)]
    public async Task A_frame_that_is_no_hub_message_closes_the_connection_with_PROTOCOL_ERROR(byte[] frame)
    {
        await using var ann = await _server.PlayerAsync("Ann");

        await ann.SendBinaryAsync(frame);

        var close = await ann.Closed.WaitAsync(HubTestClient.DefaultWait);
        close.CloseMessage.ShouldBeTrue();
        close.Error.ShouldNotBeNull().ShouldContain("HubException: PROTOCOL_ERROR: ");
    }
}
