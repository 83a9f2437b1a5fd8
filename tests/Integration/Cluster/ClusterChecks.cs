using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>What every player of a game across instances must have seen.</summary>
internal static class ClusterChecks
{
    /// <summary>
    /// Long enough after the last awaited event for a duplicate from another instance (a second
    /// fan-out, a timer fired twice) to arrive too.
    /// </summary>
    public static readonly TimeSpan SettleTime = TimeSpan.FromSeconds(3);

    public static int TurnOf(JsonElement payload) => payload.GetProperty("turnId").GetInt32();

    /// <summary>No event reached the player twice (RoomUpdated and the like may repeat with the same content, so they are not counted).</summary>
    public static void EachEventArrivedOnce(HubTestClient player, string? except = null)
    {
        var duplicates = player.Events.Where(e => e.Target != except).Select(e => (e.Target, Key: IdentityOf(e))).Where(e => e.Key is not null)
            .GroupBy(e => e).Where(g => g.Count() > 1).Select(g => $"{g.Key.Target} {g.Key.Key} x{g.Count()}").ToArray();
        duplicates.ShouldBeEmpty($"{player.Name} received events more than once");
    }

    /// <summary>The secret word of a turn may reach a guesser only once they guessed it or at the reveal (TurnEnded).</summary>
    public static void WordHiddenUntilAllowed(HubTestClient guesser, int turnId, string word)
    {
        var events = guesser.Events.ToList();
        var start = events.FindIndex(e => e.Target == "TurnStarted" && TurnOf(e.Payload) == turnId);
        var allowed = events.FindIndex(e => e.Target is "YouGuessed" or "TurnEnded" && TurnOf(e.Payload) == turnId);
        start.ShouldBeGreaterThanOrEqualTo(0, $"{guesser.Name} never saw turn {turnId} start");
        allowed.ShouldBeGreaterThan(start, $"{guesser.Name} never guessed nor saw the end of turn {turnId}");
        var leaks = events.Skip(start).Take(allowed - start).Where(e => e.RawFrame.Contains(word, StringComparison.OrdinalIgnoreCase)).Select(e => e.Target).ToArray();
        leaks.ShouldBeEmpty($"{guesser.Name} saw '{word}' in turn {turnId} before they were allowed to");
    }

    public static IReadOnlyList<(string PlayerId, int Order)> GuessOrder(HubTestClient player, int turnId) =>
        player.All("PlayerGuessed").Where(g => TurnOf(g) == turnId)
            .Select(g => (g.GetProperty("playerId").GetString()!, g.GetProperty("order").GetInt32())).ToArray();

    private static string? IdentityOf(ReceivedEvent e) => e.Target switch
    {
        "GameStarted" or "GameOver" => e.Target,
        "TurnStarted" or "WordOptions" or "DrawingStarted" or "TurnEnded" or "YouGuessed" => $"turn {TurnOf(e.Payload)}",
        "HintUpdated" => $"turn {TurnOf(e.Payload)} {e.Payload.GetProperty("hint").GetString()}",
        "PlayerGuessed" => $"turn {TurnOf(e.Payload)} {e.Payload.GetProperty("playerId").GetString()}",
        "ChatMessage" => $"chat {e.Payload.GetProperty("id").GetInt64()}",
        "Canvas" => e.RawFrame,
        _ => null,
    };
}
