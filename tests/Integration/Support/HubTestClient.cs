using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace DrawGuess.IntegrationTests.Support;

/// <summary>
/// A minimal SignalR client speaking the JSON hub protocol over a WebSocket, written from docs/protocol.md
/// rather than on the .NET SignalR client: the tests then check what the document promises an integrator,
/// and see every raw frame (the no-leak tests search them for the secret word). Every received event is kept.
/// With <see cref="HubWireProtocol.MessagePack"/> it speaks the MessagePack hub protocol instead, taking and giving
/// the same JSON text (<see cref="MessagePackFrames"/>).
/// </summary>
public sealed class HubTestClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<string, TaskCompletionSource<JsonElement>> _pending = [];
    private readonly List<ReceivedEvent> _events = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource<ServerClose> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiveLoop = Task.CompletedTask;
    private int _nextInvocationId;

    private readonly HubWireProtocol _protocol;
    private readonly List<byte> _binary = [];

    private HubTestClient(WebSocket socket, HubWireProtocol protocol) => (_socket, _protocol) = (socket, protocol);

    public string PlayerId { get; private set; } = string.Empty;
    public string Name { get; private set; } = string.Empty;
    public string ResumeToken { get; private set; } = string.Empty;
    public bool IsOpen => _socket.State == WebSocketState.Open;

    /// <summary>The size on the wire of the last call this client wrote.</summary>
    public int LastFrameBytes { get; private set; }

    /// <summary>Completes when the connection ended: with the hub protocol's Close message if the server sent one.</summary>
    public Task<ServerClose> Closed => _closed.Task;

    public IReadOnlyList<ReceivedEvent> Events
    {
        get { lock (_events) return _events.ToArray(); }
    }

    public static async Task<HubTestClient> StartAsync(WebSocket socket, HubWireProtocol protocol = HubWireProtocol.Json)
    {
        var client = new HubTestClient(socket, protocol);
        var name = protocol == HubWireProtocol.MessagePack ? "messagepack" : "json";
        await client.SendRawAsync($"{{\"protocol\":\"{name}\",\"version\":1}}" + RecordSeparator);
        var handshake = await client.ReadMessagesAsync();
        if (handshake.Count == 0 || handshake[0].Contains("error", StringComparison.Ordinal))
            throw new InvalidOperationException($"Handshake failed: {string.Join(",", handshake)}");
        client._receiveLoop = Task.Run(client.ReceiveLoopAsync);
        return client;
    }

    public async Task RegisterAsync(string name)
    {
        var session = await InvokeAsync("Register", name);
        PlayerId = session.GetProperty("playerId").GetString()!;
        Name = session.GetProperty("name").GetString()!;
        ResumeToken = session.GetProperty("resumeToken").GetString()!;
    }

    public async Task<JsonElement> ResumeAsync(string token)
    {
        var resumed = await InvokeAsync("Resume", token);
        PlayerId = resumed.GetProperty("playerId").GetString()!;
        Name = resumed.GetProperty("name").GetString()!;
        ResumeToken = token;
        return resumed;
    }

    /// <summary>Calls a hub method; throws <see cref="HubCallException"/> with the server's error text on failure.</summary>
    public Task<JsonElement> InvokeAsync(string method, params object?[] arguments) =>
        InvokeRawAsync(method, JsonSerializer.Serialize(arguments, Json));

    /// <summary>Calls a hub method with an arguments array written by hand, e.g. with wrong JSON types.</summary>
    public async Task<JsonElement> InvokeRawAsync(string method, string argumentsJson)
    {
        var id = Interlocked.Increment(ref _nextInvocationId).ToString();
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending) _pending[id] = completion;
        await SendCallAsync(id, method, argumentsJson);
        return await completion.Task.WaitAsync(DefaultWait);
    }

    /// <summary>Sends a call without an invocation id (SignalR's <c>send</c>): the server writes no completion for it.</summary>
    public Task SendAsync(string method, params object?[] arguments) => SendRawCallAsync(method, JsonSerializer.Serialize(arguments, Json));

    /// <summary><see cref="SendAsync"/> with an arguments array written by hand.</summary>
    public Task SendRawCallAsync(string method, string argumentsJson) => SendCallAsync(null, method, argumentsJson);

    private Task SendCallAsync(string? invocationId, string method, string argumentsJson)
    {
        if (_protocol == HubWireProtocol.MessagePack) return SendBinaryAsync(MessagePackFrames.Invocation(invocationId, method, argumentsJson));
        var id = invocationId is null ? "" : $"\"invocationId\":\"{invocationId}\",";
        return SendRawAsync($"{{\"type\":1,{id}\"target\":\"{method}\",\"arguments\":{argumentsJson}}}{RecordSeparator}");
    }

    /// <summary>Sends one whole frame written by hand; the record separator is added.</summary>
    public Task SendFrameAsync(string frame) => SendRawAsync(frame + RecordSeparator);

    /// <summary>Sends a frame written by hand that carries <paramref name="invocationId"/> (not a number this client uses) and waits for its completion.</summary>
    public async Task<JsonElement> InvokeFrameAsync(string invocationId, string frame)
    {
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_pending) _pending[invocationId] = completion;
        await SendFrameAsync(frame);
        return await completion.Task.WaitAsync(DefaultWait);
    }

    public async Task<HubCallException> InvokeExpectingErrorAsync(string method, params object?[] arguments)
    {
        try
        {
            await InvokeAsync(method, arguments);
        }
        catch (HubCallException error)
        {
            return error;
        }
        throw new InvalidOperationException($"{method} was expected to fail but succeeded.");
    }

    /// <summary>Waits for an event (already received or arriving later) that matches.</summary>
    public async Task<JsonElement> WaitForAsync(string target, Func<JsonElement, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultWait);
        while (true)
        {
            var found = Events.FirstOrDefault(e => e.Target == target && (match is null || match(e.Payload)));
            if (found is not null) return found.Payload;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"{Name} never received {target}. Received: {string.Join(", ", Events.Select(e => e.Target))}");
            await Task.Delay(10);
        }
    }

    public IReadOnlyList<JsonElement> All(string target) => Events.Where(e => e.Target == target).Select(e => e.Payload).ToArray();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(2));
            }
            catch (Exception exception) when (exception is WebSocketException or TimeoutException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
        _socket.Dispose();
        try
        {
            await _receiveLoop.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception exception) when (exception is TimeoutException or OperationCanceledException or WebSocketException)
        {
        }
    }

    /// <summary>Drops the connection without a close handshake, like a lost network.</summary>
    public void Abort() => _socket.Abort();

    private Task SendRawAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text);

    /// <summary>Sends bytes written by hand as one binary WebSocket message (MessagePack frames carry their own length).</summary>
    public Task SendBinaryAsync(byte[] frame) => SendAsync(frame, WebSocketMessageType.Binary);

    private async Task SendAsync(byte[] frame, WebSocketMessageType type)
    {
        await _sendLock.WaitAsync();
        try
        {
            LastFrameBytes = frame.Length;
            await _socket.SendAsync(frame, type, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                foreach (var message in await ReadMessagesAsync()) Dispatch(message);
            }
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            _closed.TrySetResult(new ServerClose(CloseMessage: false, AllowReconnect: false, Error: null));
            lock (_pending)
            {
                foreach (var pending in _pending.Values) pending.TrySetException(new WebSocketException("Connection closed."));
                _pending.Clear();
            }
        }
    }

    private readonly StringBuilder _partial = new();
    private bool _handshaken;

    private async Task<List<string>> ReadMessagesAsync()
    {
        var buffer = new byte[64 * 1024];
        var messages = new List<string>();
        while (messages.Count == 0)
        {
            if (_handshaken && _protocol == HubWireProtocol.MessagePack)
            {
                messages.AddRange(MessagePackFrames.TakeMessages(_binary));
                if (messages.Count > 0) break;
            }
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close) throw new WebSocketException("Closed by server.");
            if (_handshaken && _protocol == HubWireProtocol.MessagePack)
            {
                _binary.AddRange(buffer.AsSpan(0, result.Count));
                continue;
            }
            var separator = Array.IndexOf(buffer, (byte)RecordSeparator, 0, result.Count);
            if (_protocol == HubWireProtocol.MessagePack && separator >= 0)
            {
                // The handshake's answer is JSON text in either protocol; MessagePack frames may follow it in the same read.
                messages.Add(_partial.Append(Encoding.UTF8.GetString(buffer, 0, separator)).ToString());
                _partial.Clear();
                _binary.AddRange(buffer.AsSpan(separator + 1, result.Count - separator - 1));
                _handshaken = true;
                continue;
            }
            _partial.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
            var text = _partial.ToString();
            var last = text.LastIndexOf(RecordSeparator);
            if (last < 0) continue;
            messages.AddRange(text[..last].Split(RecordSeparator));
            _partial.Clear().Append(text[(last + 1)..]);
        }
        return messages;
    }

    private void Dispatch(string message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        switch (root.GetProperty("type").GetInt32())
        {
            case 1:
                var payload = root.GetProperty("arguments").EnumerateArray().FirstOrDefault().Clone();
                lock (_events) _events.Add(new ReceivedEvent(root.GetProperty("target").GetString()!, payload, message));
                break;
            case 3:
                var id = root.GetProperty("invocationId").GetString()!;
                TaskCompletionSource<JsonElement>? completion;
                lock (_pending) _pending.Remove(id, out completion);
                if (root.TryGetProperty("error", out var error)) completion?.TrySetException(new HubCallException(error.GetString()!));
                else completion?.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
                break;
            case 7:
                var allowReconnect = root.TryGetProperty("allowReconnect", out var allow) && allow.GetBoolean();
                var closeError = root.TryGetProperty("error", out var reason) ? reason.GetString() : null;
                _closed.TrySetResult(new ServerClose(CloseMessage: true, allowReconnect, closeError));
                break;
        }
    }
}

/// <summary>The hub protocol a <see cref="HubTestClient"/> speaks (docs/protocol.md offers both).</summary>
public enum HubWireProtocol
{
    Json,
    MessagePack,
}

public sealed record ReceivedEvent(string Target, JsonElement Payload, string RawFrame);

/// <summary>How the server ended a connection: <see cref="CloseMessage"/> is false when the socket just closed.</summary>
public sealed record ServerClose(bool CloseMessage, bool AllowReconnect, string? Error);

/// <summary>
/// A hub call that completed with an error. SignalR words it as
/// "An unexpected error occurred invoking 'M' on the server. HubException: CODE: message";
/// <see cref="Code"/> is the stable code (docs/protocol.md, "Errors").
/// </summary>
public sealed class HubCallException(string error) : Exception(error)
{
    private const string Marker = "HubException: ";

    public string Code
    {
        get
        {
            var start = Message.IndexOf(Marker, StringComparison.Ordinal);
            var text = start < 0 ? Message : Message[(start + Marker.Length)..];
            return text.Split(':')[0];
        }
    }
}
