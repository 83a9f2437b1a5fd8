using System.Text.Json;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Rooms;

/// <summary>A command that several modules react to still tells each member about the room once, in its final state.</summary>
public sealed class RoomUpdatesPerCommandTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private GameTable _table = null!;

    public async Task InitializeAsync() => _table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");

    public async Task DisposeAsync()
    {
        await _table.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Leaving_during_a_game_sends_the_one_left_behind_one_room_update_with_the_room_waiting_again()
    {
        var (ann, bob) = (_table.Host, _table.Players[1]);
        await ann.InvokeAsync("StartGame");
        await ann.WaitForAsync("GameStarted");
        var updatesBefore = ann.All("RoomUpdated").Count;

        await bob.InvokeAsync("LeaveRoom");
        await ann.WaitForAsync("GameStopped");
        // Ann's own line comes back after everything the leave sent her.
        await ann.InvokeAsync("SendMessage", "still here");
        await ann.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == "still here");

        var updates = ann.All("RoomUpdated").Skip(updatesBefore).ToArray();
        updates.Length.ShouldBe(1);
        updates[0].GetProperty("status").GetString().ShouldBe("waiting");
        updates[0].GetProperty("players").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Ann"]);
    }
}
