using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using DrawGuess.Domain.Common;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// SignalR's JSON hub protocol with the edges docs/protocol.md promises ("Errors"):
/// <list type="bullet">
/// <item>a call whose arguments cannot be read (wrong JSON types or count, an unknown method, nesting deeper
/// than SignalR's reader allows) is answered with VALIDATION_FAILED and the connection stays open; SignalR
/// alone answers some with an error that has no code and closes the connection on the others;</item>
/// <item>a frame that is no hub message at all (not a JSON object, an unknown message type, over the maximum
/// message size) closes the connection with a Close message whose error carries PROTOCOL_ERROR; SignalR
/// alone ignores an unknown type while keeping its bytes, so the connection would never read another call.</item>
/// </list>
/// </summary>
internal sealed class GameHubProtocol(IOptions<JsonHubProtocolOptions> jsonOptions) : IHubProtocol
{
    /// <summary>The hub's MaximumReceiveMessageSize (SignalR's default, set explicitly in AddWebApi).</summary>
    public const long MaximumMessageSize = 32 * 1024;

    private const byte RecordSeparator = 0x1e;
    private readonly JsonHubProtocol _json = new(jsonOptions);

    public string Name => _json.Name;

    public int Version => _json.Version;

    public TransferFormat TransferFormat => _json.TransferFormat;

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(message, output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(message);

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message)
    {
        var unread = input;
        try
        {
            if (_json.TryParseMessage(ref input, binder, out message))
            {
                message = Routed(message);
                return true;
            }
        }
        catch (InvalidDataException notAMessage)
        {
            if (Call.TryRead(Frame(unread)) is { } call)
            {
                message = Unreadable(call.InvocationId, call.Target, notAMessage);
                return true;
            }
            throw ProtocolError("the frame is not a JSON hub message.");
        }
        if (input.Length < unread.Length) throw ProtocolError("unknown message type.");
        if (input.Length >= MaximumMessageSize) throw ProtocolError($"a frame is larger than the maximum message size of {MaximumMessageSize} bytes.");
        return false;
    }

    /// <summary>
    /// A call of a canvas method without an invocation id goes to its sent variant (<see cref="SentCanvasCalls"/>);
    /// a frame naming a sent variant itself names no hub method; unreadable arguments get VALIDATION_FAILED.
    /// </summary>
    internal static HubMessage Routed(HubMessage message) => message switch
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
    internal static InvocationBindingFailureMessage Unreadable(string? invocationId, string target, Exception cause)
    {
        var why = cause is HubException
            ? $"{ErrorCodes.ValidationFailed}: '{target}' is not a hub method."
            : $"{ErrorCodes.ValidationFailed}: The arguments of '{target}' could not be read: wrong types, wrong count or nested too deeply (docs/protocol.md).";
        return new InvocationBindingFailureMessage(invocationId, target, ExceptionDispatchInfo.Capture(new HubException(why)));
    }

    internal static HubException ProtocolError(string why) => new($"{ErrorCodes.ProtocolError}: Not a hub message: {why}");

    /// <summary>The first frame of <paramref name="unread"/>, without its record separator.</summary>
    private static ReadOnlySequence<byte> Frame(ReadOnlySequence<byte> unread) =>
        unread.PositionOf(RecordSeparator) is { } end ? unread.Slice(0, end) : unread;

    /// <summary>What is needed to answer an invocation, read from a frame JsonHubProtocol could not parse.</summary>
    private sealed record Call(string? InvocationId, string Target)
    {
        private const int InvocationMessageType = 1;

        /// <summary>
        /// The frame's top-level "type", "invocationId" and "target", read with no depth limit (a frame is at most
        /// the maximum message size, and the reader keeps its depth in a bit stack, not on the call stack);
        /// null when the frame is not a well-formed JSON invocation object.
        /// </summary>
        public static Call? TryRead(ReadOnlySequence<byte> frame)
        {
            var reader = new Utf8JsonReader(frame, new JsonReaderOptions { MaxDepth = int.MaxValue });
            int? type = null;
            string? invocationId = null;
            string? target = null;
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var property = reader.GetString();
                    reader.Read();
                    switch (property)
                    {
                        case "type" when reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value):
                            type = value;
                            break;
                        case "invocationId" when reader.TokenType == JsonTokenType.String:
                            invocationId = reader.GetString();
                            break;
                        case "target" when reader.TokenType == JsonTokenType.String:
                            target = reader.GetString();
                            break;
                        default:
                            reader.Skip();
                            break;
                    }
                }
                if (reader.TokenType != JsonTokenType.EndObject || reader.Read()) return null;
            }
            catch (JsonException)
            {
                return null;
            }
            return type == InvocationMessageType && !string.IsNullOrEmpty(target) ? new Call(invocationId, target) : null;
        }
    }
}
