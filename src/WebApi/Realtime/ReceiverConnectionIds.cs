using System.Collections;
using DrawGuess.Application.Players.Contracts;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// The connections a notification goes to, with the instance each player's session names as holding it. SignalR's
/// <c>Clients.Clients(list)</c> hands this list as is to <see cref="GameHubConnections.SendConnectionsAsync"/>, which
/// publishes one message to each other instance instead of one per connection.
/// </summary>
internal sealed class ReceiverConnectionIds(IReadOnlyList<PlayerConnection> receivers) : IReadOnlyList<string>
{
    public string this[int index] => receivers[index].ConnectionId;

    public int Count => receivers.Count;

    public string? InstanceOf(int index) => receivers[index].InstanceId;

    public IEnumerator<string> GetEnumerator() => receivers.Select(r => r.ConnectionId).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
