using DrawGuess.Application.Rooms;
using Microsoft.AspNetCore.SignalR;

namespace DrawGuess.WebApi.Realtime;

internal sealed class LobbySubscriptions(IHubContext<GameHub, IGameClient> hub) : ILobbySubscriptions
{
    public Task WatchAsync(string connectionId) => hub.Groups.AddToGroupAsync(connectionId, SignalRNotifier.LobbyGroup);

    private static readonly TimeSpan RemoteRemovalWait = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// With several instances, removing another instance's connection waits for that instance's
    /// acknowledgement over Redis; an instance that crashed never sends one, and a player resuming
    /// after that crash must not wait for it (its connections are gone anyway).
    /// </summary>
    public async Task UnwatchAsync(string connectionId)
    {
        var removal = hub.Groups.RemoveFromGroupAsync(connectionId, SignalRNotifier.LobbyGroup);
        if (await Task.WhenAny(removal, Task.Delay(RemoteRemovalWait)) != removal)
            _ = removal.ContinueWith(failed => failed.Exception, TaskContinuationOptions.OnlyOnFaulted);
    }
}
