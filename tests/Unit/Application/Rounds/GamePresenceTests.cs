using DrawGuess.Application.Chat.Commands.SendMessage;
using DrawGuess.Application.Players.Commands.RegisterPlayer;
using DrawGuess.Application.Rooms.Commands.CreateRoom;
using DrawGuess.Application.Rooms.Commands.DisconnectPlayer;
using DrawGuess.Application.Rooms.Commands.JoinRoom;
using DrawGuess.Application.Rooms.Commands.StartGame;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds;
using DrawGuess.Application.Rounds.Commands.ChooseWord;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;

namespace DrawGuess.UnitTests.Application.Rounds;

/// <summary>
/// A game follows who is connected as the room records it, through every module's handlers: a guesser whose connection
/// closed holds up the turn only for the grace period, whose end arms the game's one timer, and a player who is gone
/// is not offered the next turn.
/// </summary>
public sealed class GamePresenceTests
{
    private readonly ApplicationHarness _app = new();
    private RoomId _roomId;

    private async Task StartWithAnnBobAndCidAsync()
    {
        foreach (var name in new[] { "Ann", "Bob", "Cid" }) await _app.Mediator.Send(new RegisterPlayerCommand($"c-{name.ToLowerInvariant()}", name));
        var created = await _app.Mediator.Send(new CreateRoomCommand("c-ann", new RoomSettingsDto(Name: "Presence", Rounds: 1)));
        _roomId = new RoomId(Guid.Parse(created.Room.RoomId));
        await _app.Mediator.Send(new JoinRoomCommand("c-bob", created.Room.RoomId));
        await _app.Mediator.Send(new JoinRoomCommand("c-cid", created.Room.RoomId));
        await _app.Mediator.Send(new StartGameCommand("c-ann"));
        await _app.Mediator.Send(new ChooseWordCommand("c-ann", 0));
    }

    private async Task<Game> GameAsync() => (await _app.Games.FindAsync(_roomId, fence: null, CancellationToken.None))!;

    private async Task<PlayerId> IdOfAsync(string connectionId) => (await _app.Sessions.FindByConnectionAsync(connectionId))!.PlayerId;

    [Fact]
    public async Task A_guesser_whose_connection_closed_holds_up_the_turn_until_their_grace_ends_and_the_timer_fires_then()
    {
        await StartWithAnnBobAndCidAsync();
        var word = (await GameAsync()).CurrentTurn!.Word!.Text;
        await _app.Mediator.Send(new DisconnectPlayerCommand("c-cid"));
        var graceEnd = _app.Clock.Now + GameTimings.Standard.DisconnectGrace;

        await _app.Mediator.Send(new SendMessageCommand("c-bob", word));

        (await GameAsync()).Phase.ShouldBe(GamePhase.Drawing, "a page reload must not end the turn for everyone");
        var (dueAt, timer) = _app.Scheduler.Pending[GameStore.TimerKey(_roomId)];
        dueAt.ShouldBe(graceEnd);

        _app.Clock.Now = dueAt;
        await _app.Mediator.Send(timer);

        var game = await GameAsync();
        game.Phase.ShouldBe(GamePhase.Reveal);
        game.CurrentTurn!.EndReason.ShouldBe(TurnEndReason.AllGuessed);
    }

    [Fact]
    public async Task A_player_whose_connection_closed_is_not_offered_the_next_turn()
    {
        await StartWithAnnBobAndCidAsync();
        await _app.Mediator.Send(new DisconnectPlayerCommand("c-bob"));

        while ((await GameAsync()).CurrentTurn!.Id == 1)
        {
            _app.Clock.Now = _app.Scheduler.Pending[GameStore.TimerKey(_roomId)].DueAt;
            await _app.Mediator.Send(_app.Scheduler.Take(GameStore.TimerKey(_roomId)));
        }

        (await GameAsync()).CurrentTurn!.DrawerId.ShouldBe(await IdOfAsync("c-cid"));
    }
}
