using System.Diagnostics;
using DrawGuess.Application.Chat;
using DrawGuess.Application.Chat.Contracts;
using DrawGuess.Application.Players;
using DrawGuess.Application.Players.Contracts;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Application.Rounds;
using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.WebApi.Metrics;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

/// <summary>Delivers the modules' notifications to the connections of the players they address.</summary>
internal sealed class SignalRNotifier(IHubContext<GameHub, IGameClient> hub, IPlayerSessions sessions, WebApiMetrics metrics)
    : IPlayersNotifier, IRoomsNotifier, IRoundsNotifier, IChatNotifier
{
    public const string LobbyGroup = "lobby";

    public Task RoomUpdated(IReadOnlyCollection<PlayerId> to, RoomDto room) => To(to, c => c.RoomUpdated(room));
    public Task PlayerJoined(IReadOnlyCollection<PlayerId> to, PlayerDto player) => To(to, c => c.PlayerJoined(player));
    public Task Kicked(PlayerId player, KickedDto kicked) => To(player, c => c.Kicked(kicked));
    public Task VoteKickUpdated(IReadOnlyCollection<PlayerId> to, VoteKickDto vote) => To(to, c => c.VoteKickUpdated(vote));
    public Task LobbyRoomUpdated(RoomSummaryDto room) => hub.Clients.Group(LobbyGroup).LobbyRoomUpdated(room);
    public Task RoomClosed(IReadOnlyCollection<PlayerId> to, RoomRemovedDto room) => To(to, c => c.RoomClosed(room));
    public Task LobbyRoomRemoved(RoomRemovedDto room) => hub.Clients.Group(LobbyGroup).LobbyRoomRemoved(room);
    public Task SessionReplaced(string connectionId) => hub.Clients.Client(connectionId).SessionReplaced(new { });

    public Task GameStarted(PlayerId to, GameStateDto game) => To(to, c => c.GameStarted(game));
    public Task TurnStarted(IReadOnlyCollection<PlayerId> to, TurnStartedDto turn) => To(to, c => c.TurnStarted(turn));
    public Task WordOptions(PlayerId drawer, WordOptionsDto options) => To(drawer, c => c.WordOptions(options));
    public Task DrawingStarted(PlayerId to, DrawingStartedDto drawing) => To(to, c => c.DrawingStarted(drawing));
    public Task HintUpdated(IReadOnlyCollection<PlayerId> to, HintUpdatedDto hint) => To(to, c => c.HintUpdated(hint));
    public Task PlayerGuessed(IReadOnlyCollection<PlayerId> to, PlayerGuessedDto guessed) => To(to, c => c.PlayerGuessed(guessed));
    public Task YouGuessed(PlayerId to, YouGuessedDto guessed) => To(to, c => c.YouGuessed(guessed));
    public Task Canvas(IReadOnlyCollection<PlayerId> to, CanvasOpDto operation) => To(to, c => c.Canvas(operation));
    public Task TurnEnded(IReadOnlyCollection<PlayerId> to, TurnEndedDto turn) => To(to, c => c.TurnEnded(turn));
    public Task DrawingRated(IReadOnlyCollection<PlayerId> to, DrawingRatedDto rated) => To(to, c => c.DrawingRated(rated));
    public Task GameOver(IReadOnlyCollection<PlayerId> to, GameOverDto gameOver) => To(to, c => c.GameOver(gameOver));
    public Task GameStopped(IReadOnlyCollection<PlayerId> to, GameStoppedDto stopped) => To(to, c => c.GameStopped(stopped));

    public Task Message(IReadOnlyCollection<PlayerId> to, ChatMessageDto message) => To(to, c => c.ChatMessage(message));
    public Task CloseGuess(PlayerId to, CloseGuessDto closeGuess) => To(to, c => c.CloseGuess(closeGuess));

    private async Task To(PlayerId player, Func<IGameClient, Task> send)
    {
        if ((await sessions.FindConnectionsAsync([player]))[0] is { } connection) await send(hub.Clients.Clients(new ReceiverConnectionIds([connection])));
    }

    /// <summary>One send to all receivers' connections, timed as the broadcast fan-out.</summary>
    private async Task To(IReadOnlyCollection<PlayerId> players, Func<IGameClient, Task> send)
    {
        var started = Stopwatch.GetTimestamp();
        var connections = await sessions.FindConnectionsAsync(players as IReadOnlyList<PlayerId> ?? players.ToArray());
        var receivers = new List<PlayerConnection>(connections.Count);
        foreach (var connection in connections)
        {
            if (connection is not null) receivers.Add(connection);
        }
        if (receivers.Count == 0) return;
        await send(hub.Clients.Clients(new ReceiverConnectionIds(receivers)));
        metrics.BroadcastFanout.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
    }
}
