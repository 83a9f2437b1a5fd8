namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// Canvas calls a client sends without an invocation id (SignalR's <c>send</c>, docs/protocol.md "Canvas"): nobody
/// waits for a completion, so the server writes none, and a refusal reaches the drawer as a CanvasRefused event.
/// SignalR shows a hub filter no invocation id, so <see cref="GameHubProtocol"/> routes such a call to the hub method
/// of the same name with <see cref="Suffix"/> (GameHub's Sent… methods), and a frame that names one of those itself
/// names no hub method.
/// </summary>
internal static class SentCanvasCalls
{
    public const string Suffix = ":sent";
    public const string DrawStroke = nameof(GameHub.DrawStroke) + Suffix;
    public const string Fill = nameof(GameHub.Fill) + Suffix;
    public const string ClearCanvas = nameof(GameHub.ClearCanvas) + Suffix;
    public const string Undo = nameof(GameHub.Undo) + Suffix;
    public const string Redo = nameof(GameHub.Redo) + Suffix;

    /// <summary>The hub method a call of <paramref name="target"/> without an invocation id goes to, or null for a method that answers as usual.</summary>
    public static string? SentName(string target) => target switch
    {
        nameof(GameHub.DrawStroke) => DrawStroke,
        nameof(GameHub.Fill) => Fill,
        nameof(GameHub.ClearCanvas) => ClearCanvas,
        nameof(GameHub.Undo) => Undo,
        nameof(GameHub.Redo) => Redo,
        _ => null,
    };

    /// <summary>Whether a frame's target is the internal name of a sent call.</summary>
    public static bool IsSentName(string target) => target.EndsWith(Suffix, StringComparison.Ordinal);

    /// <summary>
    /// The documented method of a GameHub method as a hub filter names it (the C# name: DrawStroke for SentDrawStroke),
    /// or null when it is not a sent canvas call.
    /// </summary>
    public static string? SentMethodOf(string csharpMethodName) => csharpMethodName switch
    {
        nameof(GameHub.SentDrawStroke) => nameof(GameHub.DrawStroke),
        nameof(GameHub.SentFill) => nameof(GameHub.Fill),
        nameof(GameHub.SentClearCanvas) => nameof(GameHub.ClearCanvas),
        nameof(GameHub.SentUndo) => nameof(GameHub.Undo),
        nameof(GameHub.SentRedo) => nameof(GameHub.Redo),
        _ => null,
    };
}
