using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Protocol;

public sealed class HubSerialisationTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>
    /// Integrators read the frames as text, and the tests that no frame carries the secret word search the raw frames:
    /// were non-ASCII text escaped, they would pass for every Korean word without looking.
    /// </summary>
    [Fact]
    public async Task Korean_text_and_markup_reach_the_others_as_written_not_as_escapes()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "민수");
        const string text = "안녕하세요 <b>hi</b> & 'bye'";

        await table.Players[1].InvokeAsync("SendMessage", text);

        await table.Host.WaitForAsync("ChatMessage", m => m.GetProperty("text").GetString() == text);
        table.Host.Events.ShouldContain(e => e.Target == "ChatMessage" && e.RawFrame.Contains(text));
        table.Host.Events.ShouldContain(e => e.Target == "PlayerJoined" && e.RawFrame.Contains("민수"));
    }
}
