using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace DrawGuess.WebApi.Realtime;

/// <summary>
/// SignalR's JSON hub protocol with the guarantees of <see cref="GuardedHubProtocol"/>; a frame JsonHubProtocol cannot
/// parse is read again with no depth limit to find the call to answer.
/// </summary>
internal sealed class GameHubProtocol(IOptions<JsonHubProtocolOptions> jsonOptions)
    : GuardedHubProtocol(new JsonHubProtocol(jsonOptions), "JSON")
{
    private const byte RecordSeparator = 0x1e;

    protected override bool IsUnreadableFrame(Exception thrown) => thrown is InvalidDataException;

    protected override UnreadableCall? ReadCall(ReadOnlySequence<byte> unread) => Call.TryRead(Frame(unread));

    /// <summary>The first frame of <paramref name="unread"/>, without its record separator.</summary>
    private static ReadOnlySequence<byte> Frame(ReadOnlySequence<byte> unread) =>
        unread.PositionOf(RecordSeparator) is { } end ? unread.Slice(0, end) : unread;

    /// <summary>Reads the call out of a frame JsonHubProtocol could not parse.</summary>
    private static class Call
    {
        private const int InvocationMessageType = 1;

        /// <summary>
        /// The frame's top-level "type", "invocationId" and "target", read with no depth limit (a frame is at most
        /// the maximum message size, and the reader keeps its depth in a bit stack, not on the call stack);
        /// null when the frame is not a well-formed JSON invocation object.
        /// </summary>
        public static UnreadableCall? TryRead(ReadOnlySequence<byte> frame)
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
            return type == InvocationMessageType && !string.IsNullOrEmpty(target) ? new UnreadableCall(invocationId, target) : null;
        }
    }
}
