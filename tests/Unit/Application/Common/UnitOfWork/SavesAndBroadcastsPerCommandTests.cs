using DrawGuess.Application.Chat.Commands.SendMessage;
using DrawGuess.Application.Players.Commands.RegisterPlayer;
using DrawGuess.Application.Rooms.Commands.CreateRoom;
using DrawGuess.Application.Rooms.Commands.JoinRoom;
using DrawGuess.Application.Rooms.Commands.LeaveRoom;
using DrawGuess.Application.Rooms.Commands.StartGame;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds.Commands.ChooseWord;
using DrawGuess.Application.Rounds.Commands.DrawStroke;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.UnitTests.Support;
using NSubstitute;

namespace DrawGuess.UnitTests.Application.Common.UnitOfWork;

/// <summary>
/// One room command stores each part of the room's state at most once and tells the room's members once,
/// however many modules reacted to it: the unit of work loads each part once and saves what changed at its end.
/// </summary>
public sealed class SavesAndBroadcastsPerCommandTests
{
    private readonly ApplicationHarness _app = new();
    private RoomId _roomId;

    private async Task SeatAnnAndBobAsync()
    {
        await _app.Mediator.Send(new RegisterPlayerCommand("c-ann", "Ann"));
        await _app.Mediator.Send(new RegisterPlayerCommand("c-bob", "Bob"));
        var created = await _app.Mediator.Send(new CreateRoomCommand("c-ann", new RoomSettingsDto(Name: "Counted", Rounds: 1)));
        _roomId = new RoomId(Guid.Parse(created.Room.RoomId));
        await _app.Mediator.Send(new JoinRoomCommand("c-bob", created.Room.RoomId));
    }

    private async Task SeatAnnAndBobAndStartAsync()
    {
        await SeatAnnAndBobAsync();
        await _app.Mediator.Send(new StartGameCommand("c-ann"));
    }

    private async Task<string> AnnChoosesAsync()
    {
        await _app.Mediator.Send(new ChooseWordCommand("c-ann", 0));
        return (await _app.Games.FindAsync(_roomId, fence: null, CancellationToken.None))!.CurrentTurn!.Word!.Text;
    }

    [Fact]
    public async Task Leaving_during_a_game_stores_the_room_once_and_sends_one_room_update()
    {
        await SeatAnnAndBobAndStartAsync();
        _app.ResetCounts();

        await _app.Mediator.Send(new LeaveRoomCommand("c-bob"));

        (await _app.Games.FindAsync(_roomId, fence: null, CancellationToken.None)).ShouldBeNull("the game stopped: one player is left");
        (await _app.Rooms.FindAsync(_roomId, fence: null, CancellationToken.None))!.Status.ShouldBe(RoomStatus.Waiting);
        _app.Rooms.Saves.ShouldBe(1);
        _app.RoomUpdatesSent.ShouldBe(1);
        _app.Chats.Saves.ShouldBe(1);
    }

    [Fact]
    public async Task A_correct_guess_loads_and_stores_the_chat_log_once_and_the_game_once()
    {
        await SeatAnnAndBobAndStartAsync();
        var word = await AnnChoosesAsync();
        _app.ResetCounts();

        await _app.Mediator.Send(new SendMessageCommand("c-bob", word));

        var bob = (await _app.Sessions.FindByConnectionAsync("c-bob"))!.PlayerId;
        (await _app.Games.FindAsync(_roomId, fence: null, CancellationToken.None))!.CurrentTurn!.HasGuessed(bob).ShouldBeTrue();
        _app.Chats.Loads.ShouldBe(1);
        _app.Chats.Saves.ShouldBe(1);
        _app.Games.Saves.ShouldBe(1);
        _app.Rooms.Saves.ShouldBe(0);
    }

    [Fact]
    public async Task A_stroke_stores_the_game_once_and_nothing_else()
    {
        await SeatAnnAndBobAndStartAsync();
        await AnnChoosesAsync();
        _app.ResetCounts();

        await _app.Mediator.Send(new DrawStrokeCommand("c-ann", new StrokeBatchDto(1, "pen", 3, 1, [10, 20, 30, 40])));

        _app.Games.Saves.ShouldBe(1);
        (_app.Rooms.Saves, _app.Chats.Saves, _app.Chats.Loads).ShouldBe((0, 0, 0));
    }

    [Fact]
    public async Task A_game_that_cannot_begin_leaves_the_room_waiting_unsaved_and_untold()
    {
        await SeatAnnAndBobAsync();
        _app.Words.Words(Arg.Any<string>()).Returns([]);
        _app.ResetCounts();

        await Should.ThrowAsync<ArgumentException>(() => _app.Mediator.Send(new StartGameCommand("c-ann")));

        (await _app.Rooms.FindAsync(_roomId, fence: null, CancellationToken.None))!.Status.ShouldBe(RoomStatus.Waiting);
        (await _app.Games.FindAsync(_roomId, fence: null, CancellationToken.None)).ShouldBeNull();
        (_app.Rooms.Saves, _app.Games.Saves, _app.RoomUpdatesSent).ShouldBe((0, 0, 0));
    }
}
