using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Reading version 0, what releases before versioned state wrote (tests/Unit/Infrastructure/StoredState/Fixtures/V0):
/// every field of a domain object under "Type.field" (auto-properties as "Type.&lt;Name&gt;k__BackingField"),
/// with reference metadata ($id, $values, $ref), ids as strings ("N" format as dictionary keys), enums as
/// numbers. Each module maps that shape onto its version 1 snapshot and back: pods write it while pods
/// of such a release still run (<see cref="RedisOptions.StoredStateVersion"/>), since those cannot read
/// version 1. Written exactly as they wrote it (their reader sets every field it finds and leaves the
/// others null), which the fixtures check byte for byte.
/// </summary>
internal static class StoredJsonV0
{
    private static readonly JsonSerializerOptions Options = new()
    {
        ReferenceHandler = ReferenceHandler.Preserve,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    public static T Read<T>(ReadOnlySpan<byte> json) where T : class =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    public static byte[] Write<T>(T value) where T : class => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    /// <summary>Dictionary keys as version 0 wrote ids there.</summary>
    public static Dictionary<string, TTo> ByKey<TFrom, TTo>(IReadOnlyDictionary<Guid, TFrom> byId, Func<TFrom, TTo> convert) =>
        byId.ToDictionary(entry => entry.Key.ToString("N"), entry => convert(entry.Value));

    /// <summary>A dictionary keyed by player ids, with their keys as ids again.</summary>
    public static Dictionary<Guid, TTo> ById<TFrom, TTo>(Dictionary<string, TFrom> byKey, Func<TFrom, TTo> convert) =>
        byKey.ToDictionary(entry => Guid.Parse(entry.Key), entry => convert(entry.Value));

    /// <summary>An int list was written as base64 of its bytes.</summary>
    public sealed class Base64Ints : JsonConverter<List<int>>
    {
        public override List<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            [.. MemoryMarshal.Cast<byte, int>(reader.GetBytesFromBase64())];

        public override void Write(Utf8JsonWriter writer, List<int> value, JsonSerializerOptions options) =>
            writer.WriteBase64StringValue(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(value)));
    }

    /// <summary>What version 0 stores beside a value (a canvas, a chat log's messages): written as {}, skipped when read.</summary>
    [JsonConverter(typeof(Converter))]
    public sealed class StoredBeside
    {
        private sealed class Converter : JsonConverter<StoredBeside>
        {
            public override StoredBeside Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
            {
                reader.Skip();
                return new StoredBeside();
            }

            public override void Write(Utf8JsonWriter writer, StoredBeside value, JsonSerializerOptions options)
            {
                writer.WriteStartObject();
                writer.WriteEndObject();
            }
        }
    }
}
