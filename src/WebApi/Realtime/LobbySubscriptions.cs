using DrawGuess.Application.Rooms;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

internal sealed class LobbySubscriptions(IHubContext<GameHub, IGameClient> hub) : ILobbySubscriptions
{
    public Task WatchAsync(string connectionId) => hub.Groups.AddToGroupAsync(connectionId, SignalRNotifier.LobbyGroup);

    public Task UnwatchAsync(string connectionId) => hub.Groups.RemoveFromGroupAsync(connectionId, SignalRNotifier.LobbyGroup);
}
