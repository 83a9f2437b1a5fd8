using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using MessagePack;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime.MessagePack;

/// <summary>
/// SignalR's MessagePack hub protocol with the guarantees <see cref="GameHubProtocol"/> gives JSON (docs/protocol.md
/// "Errors"): a call whose arguments cannot be read is answered with VALIDATION_FAILED on an open connection, a frame
/// that is no hub message (not a MessagePack array, an unknown type, over the maximum size) closes it with
/// PROTOCOL_ERROR, sent canvas calls are routed the same way, and payloads keep their JSON shape (<see cref="JsonShapedResolver"/>).
/// </summary>
internal sealed class GameMessagePackHubProtocol : IHubProtocol
{
    private readonly MessagePackHubProtocol _messagePack;

    public GameMessagePackHubProtocol(IOptions<JsonHubProtocolOptions> jsonOptions)
    {
        var serializer = MessagePackSerializerOptions.Standard
            .WithResolver(new JsonShapedResolver(jsonOptions.Value.PayloadSerializerOptions))
            .WithSecurity(MessagePackSecurity.UntrustedData);
        _messagePack = new MessagePackHubProtocol(Options.Create(new MessagePackHubProtocolOptions { SerializerOptions = serializer }));
    }

    public string Name => _messagePack.Name;

    public int Version => _messagePack.Version;

    public TransferFormat TransferFormat => _messagePack.TransferFormat;

    public bool IsVersionSupported(int version) => _messagePack.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _messagePack.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _messagePack.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var unread = input;
        try
        {
            if (_messagePack.TryParseMessage(ref input, binder, out message))
            {
                message = GameHubProtocol.Routed(message);
                return true;
            }
        }
        catch (Exception notAMessage) when (notAMessage is not OperationCanceledException)
        {
            if (MessagePackCall.TryRead(unread) is { } call)
            {
                message = GameHubProtocol.Unreadable(call.InvocationId, call.Target, notAMessage);
                return true;
            }
            throw GameHubProtocol.ProtocolError("the frame is not a MessagePack hub message.");
        }
        // MessagePackHubProtocol skips a message of an unknown type and answers "no message yet".
        if (input.Length < unread.Length) throw GameHubProtocol.ProtocolError("unknown message type.");
        if (input.Length >= GameHubProtocol.MaximumMessageSize) throw GameHubProtocol.ProtocolError($"a frame is larger than the maximum message size of {GameHubProtocol.MaximumMessageSize} bytes.");
        return false;
    }
}

/// <summary>What is needed to answer an invocation, read from a frame MessagePackHubProtocol could not parse.</summary>
internal sealed record MessagePackCall(string? InvocationId, string Target)
{
    private const int InvocationMessageType = 1;

    /// <summary>
    /// The invocation id and target of the first frame of <paramref name="unread"/> (a length prefix, then
    /// [1, headers, invocationId, target, arguments, ...]); null when it is not a readable invocation.
    /// </summary>
    public static MessagePackCall? TryRead(ReadOnlySequence<byte> unread)
    {
        if (FramePayload(unread) is not { } payload) return null;
        try
        {
            var reader = new MessagePackReader(payload);
            if (reader.ReadArrayHeader() < 5 || reader.NextMessagePackType != MessagePackType.Integer || reader.ReadInt32() != InvocationMessageType) return null;
            reader.Skip();
            var invocationId = reader.TryReadNil() ? null : reader.ReadString();
            var target = reader.NextMessagePackType == MessagePackType.String ? reader.ReadString() : null;
            return string.IsNullOrEmpty(target) ? null : new MessagePackCall(invocationId, target);
        }
        catch (Exception unreadable) when (unreadable is MessagePackSerializationException or EndOfStreamException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>The payload after the frame's length prefix (a VarInt of up to 5 bytes), or null if incomplete.</summary>
    private static ReadOnlySequence<byte>? FramePayload(ReadOnlySequence<byte> unread)
    {
        var reader = new SequenceReader<byte>(unread);
        long length = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (!reader.TryRead(out var part)) return null;
            length |= (long)(part & 0x7f) << shift;
            if ((part & 0x80) == 0) return reader.Remaining >= length ? unread.Slice(reader.Position, length) : null;
        }
        return null;
    }
}
