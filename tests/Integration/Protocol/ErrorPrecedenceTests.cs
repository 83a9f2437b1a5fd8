using DrawGuess.IntegrationTests.BadInput;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Protocol;

/// <summary>docs/protocol.md "Errors": which code answers when several apply.</summary>
public sealed class ErrorPrecedenceTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Validation_answers_before_identity_and_identity_before_room_membership()
    {
        await using var stranger = await _server.ConnectAsync();
        await stranger.ShouldFailWithAsync("VALIDATION_FAILED", "SendMessage", "");
        await stranger.ShouldFailWithAsync("NOT_REGISTERED", "StartGame");

        await stranger.RegisterAsync("Ann");
        await stranger.ShouldFailWithAsync("VALIDATION_FAILED", "SendMessage", " ");
        await stranger.ShouldFailWithAsync("NOT_IN_ROOM", "StartGame");
    }

    [Fact]
    public async Task A_second_Register_on_one_connection_fails_with_VALIDATION_FAILED_and_keeps_the_first_identity()
    {
        await using var ann = await _server.PlayerAsync("Ann");

        await ann.ShouldFailWithAsync("VALIDATION_FAILED", "Register", "Bob");

        await ann.InvokeAsync("CreateRoom", GameTable.Settings());
        (await ann.InvokeAsync("GetSnapshot")).GetProperty("you").GetString().ShouldBe(ann.PlayerId);
    }

    [Fact]
    public async Task The_role_answers_before_the_phase_and_the_phase_before_the_rules_of_the_action()
    {
        await using var table = await GameTable.SeatAsync(_server, GameTable.Settings(), "Ann", "Bob");
        var bob = table.Players[1];
        await bob.ShouldFailWithAsync("WRONG_PHASE", "ChooseWord", 0);
        await table.Host.InvokeAsync("StartGame");
        var drawer = await table.DrawerOfTurnAsync(1);
        var guesser = table.Players.Single(p => p != drawer);

        await bob.ShouldFailWithAsync("NOT_HOST", "StartGame");
        await table.Host.ShouldFailWithAsync("GAME_IN_PROGRESS", "StartGame");
        await guesser.ShouldFailWithAsync("NOT_DRAWER", "ChooseWord", 99);
        await guesser.ShouldFailWithAsync("NOT_DRAWER", "DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 0, points = new[] { 1, 2 } });
        await drawer.ShouldFailWithAsync("WRONG_PHASE", "DrawStroke", new { strokeId = 1, tool = "pen", color = 3, size = 0, points = new[] { 1, 2 } });
        await drawer.ShouldFailWithAsync("VALIDATION_FAILED", "ChooseWord", 99);
        await bob.ShouldFailWithAsync("NOT_HOST", "Kick", bob.PlayerId);
        await table.Host.ShouldFailWithAsync("CANNOT_KICK_SELF", "Kick", table.Host.PlayerId);
    }
}
