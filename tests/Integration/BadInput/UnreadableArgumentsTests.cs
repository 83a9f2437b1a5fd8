using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>
/// Arguments of the wrong JSON type, too few, too many or nested too deeply: the call is refused before the
/// hub runs with VALIDATION_FAILED ("Failed to invoke 'M' due to an error on the server. HubException:
/// VALIDATION_FAILED: ..."), the connection is kept, and nothing changes.
/// </summary>
public sealed class UnreadableArgumentsTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly DrawGuessServer _server = shared.Server;

    public static TheoryData<string, string> Unreadable => new()
    {
        { "Register", "[123]" },
        { "Register", "[]" },
        { "Register", """["Ann","Bob"]""" },
        { "Register", """[{"name":"Ann"}]""" },
        { "Resume", "[true]" },
        { "Resume", "[]" },
        { "WatchLobby", "[1]" },
        { "CreateRoom", "[]" },
        { "CreateRoom", """["My room"]""" },
        { "CreateRoom", """[{"name":"My room","maxPlayers":"many"}]""" },
        { "CreateRoom", """[{"name":"My room","isPublic":"yes"}]""" },
        { "CreateRoom", """[{"name":"My room","customWords":"cat,dog"}]""" },
        { "CreateRoom", """[{"name":"My room","rounds":2.5}]""" },
        { "CreateRoom", """[{"name":42}]""" },
        { "UpdateSettings", "[[]]" },
        { "UpdateSettings", """[{"name":"My room","hints":"two"}]""" },
        { "JoinRoom", "[42]" },
        { "JoinRoom", "[]" },
        { "LeaveRoom", """["now"]""" },
        { "GetSnapshot", "[0]" },
        { "StartGame", "[1]" },
        { "Kick", "[{}]" },
        { "VoteKick", "[true]" },
        { "ChooseWord", """["x"]""" },
        { "ChooseWord", "[1.5]" },
        { "ChooseWord", "[99999999999]" },
        { "ChooseWord", "[null]" },
        { "ChooseWord", "[]" },
        { "DrawStroke", """[{"points":"abc"}]""" },
        { "DrawStroke", """[{"strokeId":"one","tool":"pen","color":3,"size":1,"points":[1,1]}]""" },
        { "DrawStroke", """[{"strokeId":1,"tool":"pen","color":3,"size":1,"points":[1.5,2]}]""" },
        { "DrawStroke", """[{"strokeId":1,"tool":"pen","color":3,"size":1,"points":[[1,2]]}]""" },
        { "DrawStroke", "[[1,2,3]]" },
        { "Fill", """[{"strokeId":1,"x":"left","y":5,"color":3}]""" },
        { "Fill", """["fill"]""" },
        { "ClearCanvas", """["x"]""" },
        { "Undo", "[null]" },
        { "Redo", "[{}]" },
        { "SendMessage", "[123]" },
        { "SendMessage", """[["hi"]]""" },
        { "SendMessage", "[]" },
        { "SendMessage", new string('[', 70) + new string(']', 70) },
        { "SendMessage", "[" + new string('[', 62) + "\"hi\"" + new string(']', 62) + "]" },
        { "CreateRoom", "[" + string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100) + "]" },
        { "CreateRoom", """[{"name":"My room","customWords":""" + new string('[', 80) + new string(']', 80) + "}]" },
        { "DrawStroke", """[{"strokeId":1,"tool":"pen","color":3,"size":1,"points":[1,2],"extra":""" + new string('[', 64) + new string(']', 64) + "}]" },
        { "Register", "\"Ann\"" },
        { "Register", "{}" },
        { "Register", "null" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task Unreadable_arguments_get_an_error_completion_and_the_connection_and_seat_are_kept(string method, string argumentsJson)
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();
        var created = await ann.InvokeAsync("CreateRoom", GameTable.Settings());
        var roomId = created.GetProperty("room").GetProperty("roomId").GetString()!;

        var error = await ann.ShouldBeRefusedAsUnreadableAsync(method, argumentsJson);

        error.Message.ShouldContain($"The arguments of '{method}' could not be read", customMessage: error.Message);
        var snapshot = await ann.ShouldStillBeInRoomAsync(roomId);
        snapshot.GetProperty("room").GetProperty("name").GetString().ShouldBe("Test room", "an unreadable call must change nothing");
        snapshot.GetProperty("room").GetProperty("status").GetString().ShouldBe("waiting");
        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task Unreadable_arguments_before_Register_keep_the_connection_so_it_can_register()
    {
        var stranger = await _server.ConnectAsync();
        await using var tidyStranger = stranger.Tidy();

        await stranger.ShouldBeRefusedAsUnreadableAsync("Register", "[123]");
        await stranger.ShouldBeRefusedAsUnreadableAsync("Resume", "[{}]");

        await stranger.RegisterAsync("Ann");
        await stranger.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task An_unknown_method_gets_an_error_completion_and_the_connection_is_kept()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        var error = await ann.InvokeRawExpectingErrorAsync("StealTheWord", "[]");

        error.ShouldBeUnreadable("StealTheWord").Message.ShouldContain("'StealTheWord' is not a hub method");
        await ann.ShouldStillWorkAsync();
    }

    [Fact]
    public async Task Many_unreadable_calls_in_a_row_do_not_wear_the_connection_down()
    {
        var ann = await _server.PlayerAsync("Ann");
        await using var tidyAnn = ann.Tidy();

        var refusals = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => ann.InvokeRawExpectingErrorAsync("DrawStroke", """[{"points":"abc"}]""")));

        refusals.ShouldAllBe(e => e.Message.StartsWith("Failed to invoke 'DrawStroke'"));
        await ann.ShouldStillWorkAsync();
    }
}
