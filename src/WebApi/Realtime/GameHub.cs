using DrawGuess.Application.Chat.Commands.SendMessage;
using DrawGuess.Application.Players.Commands.RegisterPlayer;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms.Commands.CreateRoom;
using DrawGuess.Application.Rooms.Commands.DisconnectPlayer;
using DrawGuess.Application.Rooms.Commands.JoinRoom;
using DrawGuess.Application.Rooms.Commands.KickPlayer;
using DrawGuess.Application.Rooms.Commands.LeaveRoom;
using DrawGuess.Application.Rooms.Commands.ResumeSession;
using DrawGuess.Application.Rooms.Commands.StartGame;
using DrawGuess.Application.Rooms.Commands.TakeSeatFromSpectating;
using DrawGuess.Application.Rooms.Commands.UnwatchLobby;
using DrawGuess.Application.Rooms.Commands.UpdateRoomSettings;
using DrawGuess.Application.Rooms.Commands.VoteKick;
using DrawGuess.Application.Rooms.Commands.WatchLobby;
using DrawGuess.Application.Rooms.Commands.WatchRoom;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rooms.Queries.GetRoomSnapshot;
using DrawGuess.Application.Rounds.Commands.ChangeWordOptions;
using DrawGuess.Application.Rounds.Commands.ChooseWord;
using DrawGuess.Application.Rounds.Commands.ClearCanvas;
using DrawGuess.Application.Rounds.Commands.DrawStroke;
using DrawGuess.Application.Rounds.Commands.Fill;
using DrawGuess.Application.Rounds.Commands.Redo;
using DrawGuess.Application.Rounds.Commands.RateDrawing;
using DrawGuess.Application.Rounds.Commands.Undo;
using DrawGuess.Application.Rounds.Dtos;
using MediatR;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

/// <summary>The game's real-time endpoint (docs/protocol.md). Each method only turns its arguments into a request.</summary>
public sealed class GameHub(IMediator mediator) : Hub<IGameClient>
{
    public const string Path = "/hubs/game";

    public Task<SessionDto> Register(string? name) => mediator.Send(new RegisterPlayerCommand(Context.ConnectionId, name));

    public Task<ResumeDto> Resume(string? resumeToken) => mediator.Send(new ResumeSessionCommand(Context.ConnectionId, resumeToken));

    public Task<IReadOnlyList<RoomSummaryDto>> WatchLobby() => mediator.Send(new WatchLobbyCommand(Context.ConnectionId));

    public Task UnwatchLobby() => mediator.Send(new UnwatchLobbyCommand(Context.ConnectionId));

    public Task<RoomSnapshotDto> CreateRoom(RoomSettingsDto? settings) => mediator.Send(new CreateRoomCommand(Context.ConnectionId, settings));

    public Task<RoomSnapshotDto> JoinRoom(string? roomIdOrCode) => mediator.Send(new JoinRoomCommand(Context.ConnectionId, roomIdOrCode));

    public Task<RoomSnapshotDto> WatchRoom(string? roomIdOrCode) => mediator.Send(new WatchRoomCommand(Context.ConnectionId, roomIdOrCode));

    public Task TakeSeat() => mediator.Send(new TakeSeatFromSpectatingCommand(Context.ConnectionId));

    public Task LeaveRoom() => mediator.Send(new LeaveRoomCommand(Context.ConnectionId));

    public Task<RoomSnapshotDto> GetSnapshot() => mediator.Send(new GetRoomSnapshotQuery(Context.ConnectionId));

    public Task UpdateSettings(RoomSettingsDto? settings) => mediator.Send(new UpdateRoomSettingsCommand(Context.ConnectionId, settings));

    public Task StartGame() => mediator.Send(new StartGameCommand(Context.ConnectionId));

    public Task Kick(string? playerId) => mediator.Send(new KickPlayerCommand(Context.ConnectionId, playerId));

    public Task VoteKick(string? playerId) => mediator.Send(new VoteKickCommand(Context.ConnectionId, playerId));

    public Task ChooseWord(int index) => mediator.Send(new ChooseWordCommand(Context.ConnectionId, index));

    public Task ChangeWordOptions() => mediator.Send(new ChangeWordOptionsCommand(Context.ConnectionId));

    public Task DrawStroke(StrokeBatchDto? batch) => mediator.Send(new DrawStrokeCommand(Context.ConnectionId, batch));

    public Task Fill(FillDto? fill) => mediator.Send(new FillCommand(Context.ConnectionId, fill));

    public Task ClearCanvas(int strokeId) => mediator.Send(new ClearCanvasCommand(Context.ConnectionId, strokeId));

    public Task Undo(int strokeId) => mediator.Send(new UndoCommand(Context.ConnectionId, strokeId));

    public Task Redo(int strokeId) => mediator.Send(new RedoCommand(Context.ConnectionId, strokeId));

    public Task RateDrawing(int turnId, string? rating) => mediator.Send(new RateDrawingCommand(Context.ConnectionId, turnId, rating));

    // The canvas calls sent without an invocation id (SentCanvasCalls): the same requests; a refusal is told by CanvasRefused.
    [HubMethodName(SentCanvasCalls.DrawStroke)]
    public Task SentDrawStroke(StrokeBatchDto? batch) => mediator.Send(new DrawStrokeCommand(Context.ConnectionId, batch));

    [HubMethodName(SentCanvasCalls.Fill)]
    public Task SentFill(FillDto? fill) => mediator.Send(new FillCommand(Context.ConnectionId, fill));

    [HubMethodName(SentCanvasCalls.ClearCanvas)]
    public Task SentClearCanvas(int strokeId) => mediator.Send(new ClearCanvasCommand(Context.ConnectionId, strokeId));

    [HubMethodName(SentCanvasCalls.Undo)]
    public Task SentUndo(int strokeId) => mediator.Send(new UndoCommand(Context.ConnectionId, strokeId));

    [HubMethodName(SentCanvasCalls.Redo)]
    public Task SentRedo(int strokeId) => mediator.Send(new RedoCommand(Context.ConnectionId, strokeId));

    public Task SendMessage(string? text) => mediator.Send(new SendMessageCommand(Context.ConnectionId, text));

    public override Task OnDisconnectedAsync(Exception? exception) => mediator.Send(new DisconnectPlayerCommand(Context.ConnectionId));
}
