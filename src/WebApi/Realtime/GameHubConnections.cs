using System.Collections.Concurrent;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// The lifetime manager SignalR was given (in-process, or a backplane's) plus the list of this
/// instance's own connections, so that on shutdown each can be sent the hub protocol's Close message
/// with allowReconnect (docs/operations.md, "Graceful shutdown"). Only the lifetime manager is handed
/// the connections themselves; everything else is passed through, except that sends to a list of
/// connections write to the local ones directly and publish for the others once per instance holding them
/// (see <see cref="SendConnectionsAsync"/>), through <see cref="BackplaneSends"/>, which keeps them while it cannot publish.
/// </summary>
internal sealed class GameHubConnections(
    HubLifetimeManager<GameHub> inner,
    BackplaneSends backplane,
    IHubProtocolResolver protocols,
    IInstanceChannels? instances,
    ILogger<GameHubConnections> logger)
    : HubLifetimeManager<GameHub>, IDisposable
{
    private static readonly CloseMessage Reconnect = new(error: "The server is restarting.", allowReconnect: true);
    private static readonly SerializedHubMessage ResyncMessage = new(new InvocationMessage(nameof(IGameClient.Resync), [new { }]));
    private static readonly TimeSpan DrainPollInterval = TimeSpan.FromMilliseconds(20);
    private readonly ConcurrentDictionary<string, HubConnectionContext> _connections = new();
    private readonly MissedDeliveries _missed = new(TimeProvider.System);
    private readonly bool _allConnectionsAreLocal = inner is DefaultHubLifetimeManager<GameHub>;
    private readonly Lock _listeningGate = new();
    private Task? _listening;

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

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        if (instances is not null) await ListeningAsync();
        _connections[connection.ConnectionId] = connection;
        await inner.OnConnectedAsync(connection);
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
    /// Writes the message, serialised once, to each listed connection of this instance; publishes it once to each
    /// other instance holding some of the others, where the list is a <see cref="ReceiverConnectionIds"/> naming them
    /// (<see cref="InstanceDelivery"/>); and hands the rest to the backplane, connection by connection. Both kinds of
    /// publish are kept and sent again in order while the backplane cannot publish (<see cref="BackplaneSends"/>).
    /// SignalR's own in-process manager checks every connection on the server against the list instead, so a stroke
    /// would cost more with every player online anywhere, and its Redis manager publishes once per connection
    /// (docs/performance.md).
    /// </summary>
    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default)
    {
        var delivery = new Delivery(methodName, args);
        var located = connectionIds as ReceiverConnectionIds;
        for (var i = 0; i < connectionIds.Count; i++)
        {
            var connectionId = connectionIds[i];
            if (_connections.TryGetValue(connectionId, out var connection)) delivery.Await(connection.WriteAsync(delivery.Message, cancellationToken));
            else if (_allConnectionsAreLocal) continue;
            else if (instances is not null && located?.InstanceOf(i) is { } instanceId) delivery.ForInstance(instanceId, connectionId);
            else (delivery.ConnectionByConnection ??= []).Add(connectionId);
        }
        var mayKeep = methodName != nameof(IGameClient.Canvas);
        foreach (var (instanceId, held) in delivery.ByInstance)
        {
            // A connection that names this instance but is not held here has just closed.
            if (instanceId == instances!.Here) continue;
            var payload = InstanceDelivery.Encode(held, delivery.Message, protocols.AllProtocols);
            delivery.Await(backplane.SendAsync(() => PublishToInstanceAsync(instanceId, held, payload), mayKeep));
        }
        if (delivery.ConnectionByConnection is { } elsewhere)
            delivery.Await(backplane.SendAsync(() => inner.SendConnectionsAsync(elsewhere, methodName, args, cancellationToken), mayKeep));
        return delivery.Completion;
    }

    /// <summary>
    /// Publishes to another instance's channel. One that is not subscribed at the moment misses the message: its
    /// connections are remembered, and once a message reaches that instance again they are told to read their room
    /// again (<see cref="MissedDeliveries"/>).
    /// </summary>
    private async Task PublishToInstanceAsync(string instanceId, List<string> connectionIds, byte[] payload)
    {
        if (await instances!.PublishAsync(instanceId, payload) == 0)
        {
            _missed.Record(instanceId, connectionIds);
            return;
        }
        if (_missed.TakeFor(instanceId) is not { } toResync) return;
        try
        {
            await instances.PublishAsync(instanceId, InstanceDelivery.Encode(toResync, ResyncMessage, protocols.AllProtocols));
            logger.LogInformation("Told {Connections} connections of instance {Instance} to resync: messages for them were published while it was not subscribed",
                toResync.Length, instanceId);
        }
        catch (Exception exception) when (RedisOutage.Is(exception))
        {
            // The message before it was published: this failure must not make BackplaneSends publish that one again.
            _missed.Record(instanceId, toResync);
        }
    }

    /// <summary>Writes what another instance published for connections held here; one that has closed meanwhile is skipped.</summary>
    private void DeliverFromOtherInstance(byte[] payload)
    {
        if (!InstanceDelivery.TryDecode(payload, out var connectionIds, out var message))
        {
            logger.LogWarning("A message from another instance could not be read; dropped");
            return;
        }
        foreach (var connectionId in connectionIds)
        {
            // Not awaited: one slow client must not hold up the channel for everyone else on this instance. Its writes
            // still go out in order, queued on its connection's write lock.
            if (_connections.TryGetValue(connectionId, out var connection)) _ = connection.WriteAsync(message).AsTask();
        }
    }

    /// <summary>
    /// Subscribes this instance's channel before its first connection is accepted, so nothing published for a
    /// connection held here is missed. While Redis is away it fails, as SignalR's backplane fails to accept the
    /// connection; the next connection tries again.
    /// </summary>
    private Task ListeningAsync()
    {
        if (Volatile.Read(ref _listening) is { IsCompletedSuccessfully: true } listening) return listening;
        lock (_listeningGate)
        {
            if (_listening is null || _listening.IsFaulted || _listening.IsCanceled) _listening = instances!.ListenAsync(DeliverFromOtherInstance);
            return _listening;
        }
    }

    /// <summary>One send's message, serialised on first use, its unfinished writes and publishes, and where the rest goes.</summary>
    private sealed class Delivery(string methodName, object?[] args)
    {
        private List<Task>? _unfinished;
        private Dictionary<string, List<string>>? _byInstance;

        public SerializedHubMessage Message => field ??= new SerializedHubMessage(new InvocationMessage(methodName, args));

        public IEnumerable<KeyValuePair<string, List<string>>> ByInstance => _byInstance ?? [];

        public List<string>? ConnectionByConnection { get; set; }

        public Task Completion => _unfinished is null ? Task.CompletedTask : Task.WhenAll(_unfinished);

        public void ForInstance(string instanceId, string connectionId)
        {
            _byInstance ??= new Dictionary<string, List<string>>(1);
            if (!_byInstance.TryGetValue(instanceId, out var held)) _byInstance[instanceId] = held = [];
            held.Add(connectionId);
        }

        public void Await(ValueTask write)
        {
            if (!write.IsCompletedSuccessfully) (_unfinished ??= []).Add(write.AsTask());
        }

        public void Await(Task publish)
        {
            if (!publish.IsCompletedSuccessfully) (_unfinished ??= []).Add(publish);
        }
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
