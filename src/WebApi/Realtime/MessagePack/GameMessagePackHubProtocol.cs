using System.Buffers;
using MessagePack;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime.MessagePack;

/// <summary>
/// SignalR's MessagePack hub protocol with the guarantees of <see cref="GuardedHubProtocol"/>, payloads kept in their
/// JSON shape (<see cref="JsonShapedResolver"/>).
/// </summary>
internal sealed class GameMessagePackHubProtocol(IOptions<JsonHubProtocolOptions> jsonOptions)
    : GuardedHubProtocol(MessagePackProtocol(jsonOptions.Value), "MessagePack")
{
    protected override bool IsUnreadableFrame(Exception thrown) => thrown is not OperationCanceledException;

    protected override UnreadableCall? ReadCall(ReadOnlySequence<byte> unread) => MessagePackCall.TryRead(unread);

    private static MessagePackHubProtocol MessagePackProtocol(JsonHubProtocolOptions json)
    {
        var serializer = MessagePackSerializerOptions.Standard
            .WithResolver(new JsonShapedResolver(json.PayloadSerializerOptions))
            .WithSecurity(MessagePackSecurity.UntrustedData);
        return new MessagePackHubProtocol(Options.Create(new MessagePackHubProtocolOptions { SerializerOptions = serializer }));
    }
}

/// <summary>Reads the call out of a frame MessagePackHubProtocol could not parse.</summary>
internal static class MessagePackCall
{
    private const int InvocationMessageType = 1;

    /// <summary>
    /// The invocation id and target of the first frame of <paramref name="unread"/> (a length prefix, then
    /// [1, headers, invocationId, target, arguments, ...]); null when it is not a readable invocation.
    /// </summary>
    public static GuardedHubProtocol.UnreadableCall? TryRead(ReadOnlySequence<byte> unread)
    {
        if (FramePayload(unread) is not { } payload) return null;
        try
        {
            var reader = new MessagePackReader(payload);
            if (reader.ReadArrayHeader() < 5 || reader.NextMessagePackType != MessagePackType.Integer || reader.ReadInt32() != InvocationMessageType) return null;
            reader.Skip();
            var invocationId = reader.TryReadNil() ? null : reader.ReadString();
            var target = reader.NextMessagePackType == MessagePackType.String ? reader.ReadString() : null;
            return string.IsNullOrEmpty(target) ? null : new GuardedHubProtocol.UnreadableCall(invocationId, target);
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
