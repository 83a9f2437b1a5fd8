using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using DrawGuess.Domain.Common;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// A stored snapshot in its envelope, <c>{"$v":1,"state":{…}}</c>, as UTF-8 bytes. A value without
/// <c>$v</c> is version 0, the field-by-field shape of the releases before versioned state
/// (<see cref="StoredJsonV0"/>). The version's name starts with a dollar sign so that a pod of such a
/// release, which reads with reference metadata, rejects a newer value outright rather than reading an
/// empty aggregate.
/// </summary>
internal static class StoredJson
{
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    [ThreadStatic] private static Utf8JsonWriter? t_writer;

    private static ReadOnlySpan<byte> VersionProperty => "$v"u8;
    private static ReadOnlySpan<byte> StateProperty => "state"u8;

    /// <remarks>
    /// UTF-8 bytes, as Redis stores them, rather than a string of twice the size: a full chat log as
    /// a string passed the 85,000 bytes of the large object heap (docs/performance.md).
    /// </remarks>
    public static byte[] Write<T>(T snapshot, int version, JsonTypeInfo<T> typeInfo) where T : IStoredSnapshot
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(1024);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        writer.WriteStartObject();
        writer.WriteNumber(VersionProperty, version);
        writer.WritePropertyName(StateProperty);
        JsonSerializer.Serialize(writer, snapshot, typeInfo);
        writer.WriteEndObject();
        writer.Flush();
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The version of a stored value; from version 1 on, <paramref name="reader"/> is left on its state
    /// for <see cref="ReadState{T}"/>. Version 0 values are read again from the start.
    /// </summary>
    public static int ReadVersion(ref Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A stored state is not a JSON object.");
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(VersionProperty)) return 0;
        reader.Read();
        var version = reader.GetInt32();
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals(StateProperty) || !reader.Read())
            throw new JsonException($"A stored state of version {version} without its state.");
        return version;
    }

    public static T ReadState<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo) =>
        JsonSerializer.Deserialize(ref reader, typeInfo) ?? throw new JsonException($"A stored {typeof(T).Name} is null.");

    public static ArgumentOutOfRangeException CannotWrite(string what, int version, int newest) =>
        new(nameof(RedisOptions.StoredStateVersion), version, $"A {what} is written as version 0 to {newest}.");

    /// <summary>Written by a newer release: this one cannot know its shape.</summary>
    public static JsonException UnknownVersion(string what, int version, int newestKnown) =>
        new($"A stored {what} has version {version}; this release reads versions 0 to {newestKnown}.");
}
