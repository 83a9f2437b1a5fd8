using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Reading version 0, what releases before versioned state wrote (tests/Unit/Infrastructure/StoredState/Fixtures/V0):
/// every field of a domain object under "Type.field" (auto-properties as "Type.&lt;Name&gt;k__BackingField"),
/// with reference metadata ($id, $values, $ref), ids as strings ("N" format as dictionary keys), enums as
/// numbers. Each module maps that shape onto its version 1 snapshot; nothing writes it any more.
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

    /// <summary>A dictionary keyed by player ids, with their keys as ids again.</summary>
    public static Dictionary<Guid, TTo> ById<TFrom, TTo>(Dictionary<string, TFrom> byKey, Func<TFrom, TTo> convert) =>
        byKey.ToDictionary(entry => Guid.Parse(entry.Key), entry => convert(entry.Value));

    /// <summary>An int list was written as base64 of its bytes.</summary>
    public sealed class Base64Ints : JsonConverter<List<int>>
    {
        public override List<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            [.. MemoryMarshal.Cast<byte, int>(reader.GetBytesFromBase64())];

        public override void Write(Utf8JsonWriter writer, List<int> value, JsonSerializerOptions options) =>
            throw new NotSupportedException("Version 0 is only read.");
    }
}
