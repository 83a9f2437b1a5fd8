using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// A SignalR hub protocol with the edges docs/protocol.md promises ("Errors"), whatever the wire format:
/// <list type="bullet">
/// <item>a call whose arguments cannot be read (wrong types or count, an unknown method, nesting deeper than
/// the format's reader allows) is answered with VALIDATION_FAILED and the connection stays open; SignalR
/// alone answers some with an error that has no code and closes the connection on the others;</item>
/// <item>a frame that is no hub message at all (not a message of the format, an unknown message type, over the
/// maximum message size) closes the connection with a Close message whose error carries PROTOCOL_ERROR; SignalR
/// alone ignores an unknown type while keeping its bytes, so the connection would never read another call;</item>
/// <item>a canvas call without an invocation id goes to its sent variant (<see cref="SentCanvasCalls"/>).</item>
/// </list>
/// Everything else is SignalR's own protocol for the format.
/// </summary>
internal abstract class GuardedHubProtocol(IHubProtocol format, string formatName) : IHubProtocol
{
    /// <summary>The hub's MaximumReceiveMessageSize (SignalR's default, set explicitly in AddWebApi).</summary>
    public const long MaximumMessageSize = 32 * 1024;

    public string Name => format.Name;

    public int Version => format.Version;

    public TransferFormat TransferFormat => format.TransferFormat;

    public bool IsVersionSupported(int version) => format.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => format.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => format.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var unread = input;
        try
        {
            if (format.TryParseMessage(ref input, binder, out message))
            {
                message = Routed(message);
                return true;
            }
        }
        catch (Exception notAMessage) when (IsUnreadableFrame(notAMessage))
        {
            if (ReadCall(unread) is { } call)
            {
                message = Unreadable(call.InvocationId, call.Target, notAMessage);
                return true;
            }
            throw ProtocolError($"the frame is not a {formatName} hub message.");
        }
        // The format's protocol skips a message of an unknown type and answers "no message yet".
        if (input.Length < unread.Length) throw ProtocolError("unknown message type.");
        if (input.Length >= MaximumMessageSize) throw ProtocolError($"a frame is larger than the maximum message size of {MaximumMessageSize} bytes.");
        return false;
    }

    /// <summary>Whether the format's protocol threw this because the frame could not be read.</summary>
    protected abstract bool IsUnreadableFrame(Exception thrown);

    /// <summary>The invocation id and target of the first frame of <paramref name="unread"/>, or null when it is no readable invocation.</summary>
    protected abstract UnreadableCall? ReadCall(ReadOnlySequence<byte> unread);

    /// <summary>What is needed to answer an invocation whose frame the format's protocol could not parse.</summary>
    public sealed record UnreadableCall(string? InvocationId, string Target);

    /// <summary>
    /// A call of a canvas method without an invocation id goes to its sent variant (<see cref="SentCanvasCalls"/>);
    /// a frame naming a sent variant itself names no hub method; unreadable arguments get VALIDATION_FAILED.
    /// </summary>
    private static HubMessage Routed(HubMessage message) => message switch
    {
        InvocationBindingFailureMessage failure => Unreadable(failure.InvocationId, failure.Target, failure.BindingFailure.SourceException),
        HubMethodInvocationMessage call when SentCanvasCalls.IsSentName(call.Target) => Unreadable(call.InvocationId, call.Target, new HubException()),
        InvocationMessage call when string.IsNullOrEmpty(call.InvocationId) && SentCanvasCalls.SentName(call.Target) is { } sent =>
            new InvocationMessage(null, sent, call.Arguments, call.StreamIds) { Headers = call.Headers },
        _ => message,
    };

    /// <summary>
    /// The binding failure's error is worded by SignalR as "Failed to invoke 'M' due to an error on the
    /// server." followed, for a HubException, by "HubException: " and its message: the documented place of the code.
    /// </summary>
    private static InvocationBindingFailureMessage Unreadable(string? invocationId, string target, Exception cause)
    {
        var why = cause is HubException
            ? $"{ErrorCodes.ValidationFailed}: '{target}' is not a hub method."
            : $"{ErrorCodes.ValidationFailed}: The arguments of '{target}' could not be read: wrong types, wrong count or nested too deeply (docs/protocol.md).";
        return new InvocationBindingFailureMessage(invocationId, target, ExceptionDispatchInfo.Capture(new HubException(why)));
    }

    private static HubException ProtocolError(string why) => new($"{ErrorCodes.ProtocolError}: Not a hub message: {why}");
}
