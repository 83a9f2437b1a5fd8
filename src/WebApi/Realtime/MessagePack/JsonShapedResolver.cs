using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace DrawGuess.WebApi.Realtime.MessagePack;

/// <summary>
/// Gives every payload over MessagePack the shape it has over JSON (docs/protocol.md): camelCase fields, the same
/// nulls and strings, because the payload is written by System.Text.Json with the JSON protocol's options and carried
/// over as a MessagePack map. MessagePack's own resolvers would key fields by their C# names (StrokeId), so a client
/// could not use one set of types for both protocols. Numbers, strings and booleans take MessagePack's own formatters.
/// </summary>
internal sealed class JsonShapedResolver(JsonSerializerOptions json) : IFormatterResolver
{
    private readonly ConcurrentDictionary<Type, object> _formatters = new();

    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        (IMessagePackFormatter<T>?)_formatters.GetOrAdd(typeof(T), type => IsScalar(type)
            ? StandardResolver.Instance.GetFormatter<T>()!
            : new JsonShapedFormatter<T>(json));

    private static bool IsScalar(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is { IsPrimitive: true } or { IsEnum: true } || type == typeof(string);
}

/// <summary>A value written as System.Text.Json would write it, in MessagePack; read back the same way.</summary>
internal sealed class JsonShapedFormatter<T>(JsonSerializerOptions json) : IMessagePackFormatter<T>
{
    /// <summary>As deep as the JSON protocol reads (System.Text.Json's default).</summary>
    private const int MaximumDepth = 64;

    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
    {
        using var document = JsonSerializer.SerializeToDocument(value, json);
        Write(ref writer, document.RootElement);
    }

    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer)) Transcode(ref reader, writer, depth: 0);
        return JsonSerializer.Deserialize<T>(buffer.WrittenSpan, json)!;
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
                writer.Write(element.GetDouble());
                break;
            case JsonValueKind.True or JsonValueKind.False:
                writer.Write(element.GetBoolean());
                break;
            default:
                writer.WriteNil();
                break;
        }
    }

    /// <summary>A MessagePack value as JSON, so that arguments are read by the same rules as over JSON.</summary>
    private static void Transcode(ref MessagePackReader reader, Utf8JsonWriter writer, int depth)
    {
        if (depth > MaximumDepth) throw new MessagePackSerializationException($"nested deeper than {MaximumDepth} levels.");
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil:
                reader.ReadNil();
                writer.WriteNullValue();
                break;
            case MessagePackType.Boolean:
                writer.WriteBooleanValue(reader.ReadBoolean());
                break;
            case MessagePackType.Integer when reader.NextCode == MessagePackCode.UInt64:
                writer.WriteNumberValue(reader.ReadUInt64());
                break;
            case MessagePackType.Integer:
                writer.WriteNumberValue(reader.ReadInt64());
                break;
            case MessagePackType.Float:
                var number = reader.ReadDouble();
                if (!double.IsFinite(number)) throw new MessagePackSerializationException("a number is not finite.");
                writer.WriteNumberValue(number);
                break;
            case MessagePackType.String:
                writer.WriteStringValue(reader.ReadString());
                break;
            case MessagePackType.Array:
                var items = reader.ReadArrayHeader();
                writer.WriteStartArray();
                for (var i = 0; i < items; i++) Transcode(ref reader, writer, depth + 1);
                writer.WriteEndArray();
                break;
            case MessagePackType.Map:
                var fields = reader.ReadMapHeader();
                writer.WriteStartObject();
                for (var i = 0; i < fields; i++)
                {
                    if (reader.NextMessagePackType != MessagePackType.String) throw new MessagePackSerializationException("a map key is not a string.");
                    writer.WritePropertyName(reader.ReadString()!);
                    Transcode(ref reader, writer, depth + 1);
                }
                writer.WriteEndObject();
                break;
            default:
                throw new MessagePackSerializationException($"{reader.NextMessagePackType} values are not part of the protocol.");
        }
    }
}
