using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>Scheduled commands are plain records: their public properties, with ids as plain GUID strings.</summary>
internal static class TimerCommandJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        options.Converters.Add(new GuidIdConverter<PlayerId>(id => id.Value, guid => new PlayerId(guid)));
        options.Converters.Add(new GuidIdConverter<RoomId>(id => id.Value, guid => new RoomId(guid)));
        options.MakeReadOnly();
        return options;
    }

    private sealed class GuidIdConverter<T>(Func<T, Guid> toGuid, Func<Guid, T> fromGuid) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => fromGuid(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(toGuid(value));
    }
}
