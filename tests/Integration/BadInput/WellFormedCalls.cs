namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>Hub calls with well-formed arguments, so a test can vary only what is missing (an identity, a room).</summary>
internal static class WellFormedCalls
{
    public const string UnknownId = "0123456789abcdef0123456789abcdef";

    /// <summary>Every call that needs the caller to be in a room.</summary>
    public static readonly (string Method, string ArgumentsJson)[] NeedingARoom =
    [
        ("LeaveRoom", "[]"),
        ("GetSnapshot", "[]"),
        ("UpdateSettings", """[{"name":"My room"}]"""),
        ("StartGame", "[]"),
        ("Kick", $"""["{UnknownId}"]"""),
        ("VoteKick", $"""["{UnknownId}"]"""),
        ("ChooseWord", "[0]"),
        ("DrawStroke", """[{"strokeId":1,"tool":"pen","color":3,"size":1,"points":[10,10,20,20]}]"""),
        ("Fill", """[{"strokeId":1,"x":5,"y":5,"color":3}]"""),
        ("ClearCanvas", "[1]"),
        ("Undo", "[1]"),
        ("Redo", "[1]"),
        ("SendMessage", """["hello"]"""),
    ];

    /// <summary>Every call except Register and Resume.</summary>
    public static readonly (string Method, string ArgumentsJson)[] NeedingAnIdentity =
    [
        ("WatchLobby", "[]"),
        ("UnwatchLobby", "[]"),
        ("CreateRoom", """[{"name":"My room"}]"""),
        ("JoinRoom", """["ABCDEF"]"""),
        .. NeedingARoom,
    ];

    public static TheoryData<string, string> AsTheoryData(IEnumerable<(string Method, string ArgumentsJson)> calls)
    {
        var data = new TheoryData<string, string>();
        foreach (var (method, arguments) in calls) data.Add(method, arguments);
        return data;
    }
}
