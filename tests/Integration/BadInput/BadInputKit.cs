using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.BadInput;

/// <summary>
/// Assertions shared by the bad-input tests: a refused call carries its stable code in the documented
/// place (docs/protocol.md, "Errors"), and the connection still answers good calls afterwards.
/// </summary>
internal static class BadInputKit
{
    /// <summary>A valid stroke batch: three points in the top-left corner.</summary>
    public static object Stroke(int strokeId) => new { strokeId, tool = "pen", color = 3, size = 1, points = new[] { 10, 10, 20, 20, 30, 25 } };

    public static object Fill(int strokeId) => new { strokeId, x = 800, y = 450, color = 4 };

    /// <summary>Calls a method that must fail with <paramref name="code"/>, worded as SignalR words a HubException.</summary>
    public static async Task<HubCallException> ShouldFailWithAsync(this HubTestClient client, string code, string method, params object?[] arguments)
    {
        var error = await client.InvokeExpectingErrorAsync(method, arguments);
        return ShouldCarry(error, code, method);
    }

    /// <summary>Like <see cref="ShouldFailWithAsync"/> with the arguments array written by hand.</summary>
    public static async Task<HubCallException> ShouldFailRawWithAsync(this HubTestClient client, string code, string method, string argumentsJson)
    {
        var error = await client.InvokeRawExpectingErrorAsync(method, argumentsJson);
        return ShouldCarry(error, code, method);
    }

    /// <summary>
    /// Arguments SignalR cannot bind never reach our code: the completion is an error worded
    /// "Failed to invoke '&lt;Method&gt;' due to an error on the server. HubException: VALIDATION_FAILED: ..."
    /// (docs/protocol.md, "Errors").
    /// </summary>
    public static async Task<HubCallException> ShouldBeRefusedAsUnreadableAsync(this HubTestClient client, string method, string argumentsJson)
    {
        var error = await client.InvokeRawExpectingErrorAsync(method, argumentsJson);
        return error.ShouldBeUnreadable(method);
    }

    public static HubCallException ShouldBeUnreadable(this HubCallException error, string method)
    {
        error.Message.ShouldStartWith($"Failed to invoke '{method}' due to an error on the server. ", customMessage: $"{method} answered: {error.Message}", caseSensitivity: Case.Sensitive);
        return ShouldCarry(error, "VALIDATION_FAILED", method);
    }

    public static async Task<HubCallException> InvokeRawExpectingErrorAsync(this HubTestClient client, string method, string argumentsJson)
    {
        try
        {
            var result = await client.InvokeRawAsync(method, argumentsJson);
            throw new ShouldAssertException($"{method}({argumentsJson}) was expected to fail but returned {result}.");
        }
        catch (HubCallException error)
        {
            return error;
        }
    }

    /// <summary>
    /// The connection is open, a good call (WatchLobby, then UnwatchLobby) succeeds on it, and a registered
    /// connection still has its identity (GetSnapshot answers with a room or NOT_IN_ROOM, never NOT_REGISTERED).
    /// </summary>
    public static async Task ShouldStillWorkAsync(this HubTestClient client)
    {
        client.IsOpen.ShouldBeTrue($"{client.Name}'s connection was closed");
        var lobby = await client.InvokeAsync("WatchLobby");
        lobby.ValueKind.ShouldBe(JsonValueKind.Array);
        await client.InvokeAsync("UnwatchLobby");
        if (client.PlayerId.Length == 0) return;
        try
        {
            (await client.InvokeAsync("GetSnapshot")).GetProperty("you").GetString().ShouldBe(client.PlayerId);
        }
        catch (HubCallException error)
        {
            error.Code.ShouldBe("NOT_IN_ROOM", $"{client.Name} lost their identity: {error.Message}");
        }
    }

    /// <summary>The connection is open and GetSnapshot still shows the player in <paramref name="roomId"/>.</summary>
    public static async Task<JsonElement> ShouldStillBeInRoomAsync(this HubTestClient client, string roomId)
    {
        client.IsOpen.ShouldBeTrue($"{client.Name}'s connection was closed");
        var snapshot = await client.InvokeAsync("GetSnapshot");
        snapshot.GetProperty("you").GetString().ShouldBe(client.PlayerId);
        snapshot.GetProperty("room").GetProperty("roomId").GetString().ShouldBe(roomId);
        return snapshot;
    }

    /// <summary>Waits until the condition holds or fails with <paramref name="because"/>.</summary>
    public static async Task EventuallyAsync(Func<bool> condition, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? HubTestClient.DefaultWait);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new ShouldAssertException($"Timed out: {because}");
            await Task.Delay(10);
        }
    }

    /// <summary>Waits for an event that arrives after the first <paramref name="skip"/> events the client received.</summary>
    public static async Task<JsonElement> WaitForAfterAsync(this HubTestClient client, int skip, string target, Func<JsonElement, bool> match)
    {
        JsonElement found = default;
        await EventuallyAsync(() =>
        {
            var hit = client.Events.Skip(skip).FirstOrDefault(e => e.Target == target && match(e.Payload));
            if (hit is null) return false;
            found = hit.Payload;
            return true;
        }, $"{client.Name} receives a new {target}");
        return found;
    }

    /// <summary>Gives events already on the wire time to arrive before asserting that something did not happen.</summary>
    public static Task SettleAsync() => Task.Delay(300);

    private static HubCallException ShouldCarry(HubCallException error, string code, string method)
    {
        error.Code.ShouldBe(code, $"{method} answered: {error.Message}");
        error.Message.ShouldContain($"HubException: {code}: ", caseSensitivity: Case.Sensitive, customMessage: $"{method} answered: {error.Message}");
        var human = error.Message[(error.Message.IndexOf($"HubException: {code}: ", StringComparison.Ordinal) + $"HubException: {code}: ".Length)..];
        human.Trim().ShouldNotBeEmpty($"{method}: the error has no human-readable message");
        return error;
    }
}

/// <summary>
/// Closes test connections, tolerating the ObjectDisposedException that TestHost's WebSocket sometimes throws
/// from HubTestClient.DisposeAsync (its CloseAsync races the cancelled receive loop); one failed close must
/// neither fail a test that already passed nor leave the other connections open.
/// </summary>
internal sealed class Tidy(IReadOnlyList<HubTestClient> clients) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients)
        {
            try
            {
                await client.DisposeAsync();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}

internal static class TidyExtensions
{
    public static Tidy Tidy(this HubTestClient client) => new([client]);

    public static Tidy Tidy(this GameTable table) => new(table.Players);
}

/// <summary>One in-process server shared by the tests of a class that never move its clock.</summary>
public sealed class SharedServer : IDisposable
{
    public DrawGuessServer Server { get; } = new();

    public void Dispose() => Server.Dispose();
}
