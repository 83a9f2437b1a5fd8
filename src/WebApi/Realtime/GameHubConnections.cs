using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// The lifetime manager SignalR was given (in-process, or a backplane's) plus the list of this
/// instance's own connections, so that on shutdown each can be sent the hub protocol's Close message
/// with allowReconnect (docs/operations.md, "Graceful shutdown"). Only the lifetime manager is handed
/// the connections themselves; everything else is passed through, except that sends to a list of
/// connections write to the local ones directly (see <see cref="SendConnectionsAsync"/>) and hand the others to the
/// backplane through <see cref="BackplaneSends"/>, which keeps them while it cannot publish.
/// </summary>
internal sealed class GameHubConnections(HubLifetimeManager<GameHub> inner, BackplaneSends backplane) : HubLifetimeManager<GameHub>, IDisposable
{
    private static readonly CloseMessage Reconnect = new(error: "The server is restarting.", allowReconnect: true);
    private static readonly TimeSpan DrainPollInterval = TimeSpan.FromMilliseconds(20);
    private readonly ConcurrentDictionary<string, HubConnectionContext> _connections = new();
    private readonly bool _allConnectionsAreLocal = inner is DefaultHubLifetimeManager<GameHub>;

    /// <summary>Asks every client connected here to reconnect, which load-balances them onto the instances still running.</summary>
    public async Task AskAllToReconnectAsync(CancellationToken cancellationToken)
    {
        var writes = _connections.Values.Select(async connection =>
        {
            try
            {
                await connection.WriteAsync(Reconnect, cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or IOException)
            {
                // The connection is already going away: nothing to tell it.
            }
        });
        await Task.WhenAll(writes);
    }

    /// <summary>
    /// Waits until the told clients have hung up. SignalR aborts the remaining connections right after
    /// the stopping callbacks, and an abort can drop a Close message that is still in the send buffer.
    /// </summary>
    public async Task WaitForClientsToLeaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!_connections.IsEmpty) await Task.Delay(DrainPollInterval, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Whoever is still connected is dropped with the rest; their client reconnects on the dropped socket.
        }
    }

    /// <summary>Tells one connection of this instance why it is closed (the hub protocol's Close message, no reconnect), then drops it.</summary>
    public async Task CloseAsync(string connectionId, string error)
    {
        if (!_connections.TryGetValue(connectionId, out var connection)) return;
        try
        {
            await connection.WriteAsync(new CloseMessage(error, allowReconnect: false));
        }
        catch (Exception exception) when (exception is OperationCanceledException or InvalidOperationException or IOException)
        {
            // Already going away.
        }
        connection.Abort();
    }

    /// <summary>The container disposes this wrapper only; a backplane's manager holds a Redis connection.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();

    public override Task OnConnectedAsync(HubConnectionContext connection)
    {
        _connections[connection.ConnectionId] = connection;
        return inner.OnConnectedAsync(connection);
    }

    public override Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        _connections.TryRemove(connection.ConnectionId, out _);
        return inner.OnDisconnectedAsync(connection);
    }

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendAllAsync(methodName, args, cancellationToken);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        inner.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        SendConnectionsAsync([connectionId], methodName, args, cancellationToken);

    /// <summary>
    /// Writes the message, serialised once, to each listed connection of this instance, and hands only
    /// the others to the backplane (kept and sent again in order while it cannot publish). SignalR's own in-process manager checks every connection on the
    /// server against the list instead, so a stroke would cost more with every player online anywhere
    /// (docs/performance.md).
    /// </summary>
    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        SerializedHubMessage? message = null;
        List<Task>? unfinishedWrites = null;
        List<string>? elsewhere = null;
        foreach (var connectionId in connectionIds)
        {
            if (_connections.TryGetValue(connectionId, out var connection))
            {
                message ??= new SerializedHubMessage(new InvocationMessage(methodName, args));
                var write = connection.WriteAsync(message, cancellationToken);
                if (!write.IsCompletedSuccessfully) (unfinishedWrites ??= []).Add(write.AsTask());
            }
            else if (!_allConnectionsAreLocal)
            {
                (elsewhere ??= []).Add(connectionId);
            }
        }
        if (elsewhere is not null) (unfinishedWrites ??= []).Add(backplane.SendAsync(() => inner.SendConnectionsAsync(elsewhere, methodName, args, cancellationToken),
            mayKeep: methodName != nameof(IGameClient.Canvas)));
        return unfinishedWrites is null ? Task.CompletedTask : Task.WhenAll(unfinishedWrites);
    }

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendGroupAsync(groupName, methodName, args, cancellationToken);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendGroupsAsync(groupNames, methodName, args, cancellationToken);

    public override Task SendGroupExceptAsync(string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        inner.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendUserAsync(userId, methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        inner.SendUsersAsync(userIds, methodName, args, cancellationToken);

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        inner.AddToGroupAsync(connectionId, groupName, cancellationToken);

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        inner.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);

    public override Task<T> InvokeConnectionAsync<T>(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken) =>
        inner.InvokeConnectionAsync<T>(connectionId, methodName, args, cancellationToken);

    public override Task SetConnectionResultAsync(string connectionId, CompletionMessage result) =>
        inner.SetConnectionResultAsync(connectionId, result);

    public override bool TryGetReturnType(string invocationId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Type? type) =>
        inner.TryGetReturnType(invocationId, out type);
}
