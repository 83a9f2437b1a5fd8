using System.Buffers;
using System.Text;
using System.Text.Json;
using MessagePack;

namespace DrawGuess.IntegrationTests.Support;

/// <summary>
/// The MessagePack hub protocol's frames for <see cref="HubTestClient"/>, written from SignalR's protocol description
/// (a VarInt length, then an array: [1, headers, invocationId, target, arguments] for an invocation). Arguments are
/// given, and server messages returned, as the JSON protocol's text, so that every test reads the same either way.
/// </summary>
internal static class MessagePackFrames
{
    private const int InvocationType = 1;
    private const int CompletionType = 3;
    private const int CloseType = 7;

    /// <summary>An invocation frame; <paramref name="argumentsJson"/> (a JSON array, as the JSON protocol has it) becomes MessagePack.</summary>
    public static byte[] Invocation(string? invocationId, string target, string argumentsJson)
    {
        var payload = new ArrayBufferWriter<byte>();
        var writer = new MessagePackWriter(payload);
        writer.WriteArrayHeader(5);
        writer.Write(InvocationType);
        writer.WriteMapHeader(0);
        if (invocationId is null) writer.WriteNil(); else writer.Write(invocationId);
        writer.Write(target);
        using (var arguments = JsonDocument.Parse(argumentsJson, new JsonDocumentOptions { MaxDepth = 1_000 })) Write(ref writer, arguments.RootElement);
        writer.Flush();
        var length = new List<byte>();
        for (var rest = (uint)payload.WrittenCount; ; rest >>= 7)
        {
            length.Add((byte)(rest < 0x80 ? rest : (rest & 0x7f) | 0x80));
            if (rest < 0x80) break;
        }
        return [.. length, .. payload.WrittenSpan];
    }

    /// <summary>Takes every whole frame off <paramref name="pending"/>, each as the JSON protocol's message text.</summary>
    public static List<string> TakeMessages(List<byte> pending)
    {
        var messages = new List<string>();
        while (true)
        {
            int length = 0, prefix = 0;
            for (; prefix < Math.Min(5, pending.Count); prefix++)
            {
                length |= (pending[prefix] & 0x7f) << (7 * prefix);
                if ((pending[prefix] & 0x80) == 0) break;
            }
            if (prefix >= pending.Count || pending.Count < prefix + 1 + length) return messages;
            var payload = pending.GetRange(prefix + 1, length).ToArray();
            pending.RemoveRange(0, prefix + 1 + length);
            if (AsJson(payload) is { } message) messages.Add(message);
        }
    }

    private static string? AsJson(byte[] payload)
    {
        var reader = new MessagePackReader(payload);
        var items = reader.ReadArrayHeader();
        var type = reader.ReadInt32();
        var output = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(output))
        {
            json.WriteStartObject();
            json.WriteNumber("type", type);
            switch (type)
            {
                case InvocationType:
                    reader.Skip();
                    if (!reader.TryReadNil()) json.WriteString("invocationId", reader.ReadString());
                    json.WriteString("target", reader.ReadString());
                    json.WritePropertyName("arguments");
                    Transcode(ref reader, json);
                    break;
                case CompletionType:
                    reader.Skip();
                    json.WriteString("invocationId", reader.ReadString());
                    var kind = reader.ReadInt32();
                    if (kind == 1) json.WriteString("error", reader.ReadString());
                    if (kind == 3)
                    {
                        json.WritePropertyName("result");
                        Transcode(ref reader, json);
                    }
                    break;
                case CloseType:
                    if (!reader.TryReadNil()) json.WriteString("error", reader.ReadString());
                    if (items > 2) json.WriteBoolean("allowReconnect", reader.ReadBoolean());
                    break;
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    private static void Write(ref MessagePackWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteMapHeader(element.GetPropertyCount());
                foreach (var property in element.EnumerateObject())
                {
                    writer.Write(property.Name);
                    Write(ref writer, property.Value);
                }
                break;
            case JsonValueKind.Array:
                writer.WriteArrayHeader(element.GetArrayLength());
                foreach (var item in element.EnumerateArray()) Write(ref writer, item);
                break;
            case JsonValueKind.String:
                writer.Write(element.GetString());
                break;
            case JsonValueKind.Number when element.TryGetInt64(out var integer):
                writer.Write(integer);
                break;
            case JsonValueKind.Number:
                writer.Write(double.Parse(element.GetRawText(), System.Globalization.CultureInfo.InvariantCulture));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.Write(element.GetBoolean());
                break;
            default:
                writer.WriteNil();
                break;
        }
    }

    private static void Transcode(ref MessagePackReader reader, Utf8JsonWriter json)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil:
                reader.ReadNil();
                json.WriteNullValue();
                break;
            case MessagePackType.Boolean:
                json.WriteBooleanValue(reader.ReadBoolean());
                break;
            case MessagePackType.Integer:
                json.WriteNumberValue(reader.ReadInt64());
                break;
            case MessagePackType.Float:
                json.WriteNumberValue(reader.ReadDouble());
                break;
            case MessagePackType.String:
                json.WriteStringValue(reader.ReadString());
                break;
            case MessagePackType.Array:
                var items = reader.ReadArrayHeader();
                json.WriteStartArray();
                for (var i = 0; i < items; i++) Transcode(ref reader, json);
                json.WriteEndArray();
                break;
            case MessagePackType.Map:
                var fields = reader.ReadMapHeader();
                json.WriteStartObject();
                for (var i = 0; i < fields; i++)
                {
                    json.WritePropertyName(reader.ReadString()!);
                    Transcode(ref reader, json);
                }
                json.WriteEndObject();
                break;
            default:
                throw new InvalidDataException($"unexpected {reader.NextMessagePackType} from the server");
        }
    }
}
