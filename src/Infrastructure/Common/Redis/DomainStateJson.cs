using System.Reflection;
using System.Runtime.InteropServices;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Infrastructure.Common.Redis;

/// <summary>
/// Serialises domain aggregates (rooms, games, chat logs) field by field, private state included, so
/// the domain model needs no persistence shape of its own (docs/decisions/0008). References are
/// preserved because a canvas indexes the same operations twice.
/// </summary>
internal static class DomainStateJson
{
    private const string DomainNamespace = "DrawGuess.Domain";

    public static JsonSerializerOptions Options { get; } = Create(detached: null);

    /// <summary>A game without its turn's canvas, which is stored as a journal beside it (<see cref="Rounds.Redis.CanvasJournal"/>).</summary>
    private static JsonSerializerOptions WithoutCanvas { get; } = Create(new DetachedConverter<Canvas>());

    /// <summary>A chat log without its messages, which are stored as a list beside it (<see cref="Chat.Redis.ChatJournal"/>).</summary>
    private static JsonSerializerOptions WithoutMessages { get; } = Create(new DetachedConverter<LinkedList<ChatMessage>>());

    /// <summary>For plain records such as scheduled commands: public properties, no reference metadata.</summary>
    public static JsonSerializerOptions RecordOptions { get; } = CreateForRecords();

    /// <remarks>
    /// UTF-8 bytes, as Redis stores them, rather than a string of twice the size: a full chat log as
    /// a string passes the 85,000 bytes of the large object heap, and every message wrote one, each a
    /// gen2 collection in the making (docs/performance.md).
    /// </remarks>
    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static T Deserialize<T>(byte[] json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored {typeof(T).Name} is null.");

    /// <summary>Writes <paramref name="value"/> with its canvas (at most one) left out and returns that canvas.</summary>
    public static string SerializeWithoutCanvas<T>(T value, out Canvas? canvas)
    {
        DetachedConverter<Canvas>.Begin();
        var json = JsonSerializer.Serialize(value, WithoutCanvas);
        canvas = DetachedConverter<Canvas>.End();
        return json;
    }

    /// <summary>Reads what <see cref="SerializeWithoutCanvas"/> wrote; its canvas comes back empty, to be filled from the journal.</summary>
    public static T DeserializeWithoutCanvas<T>(string json, out Canvas? canvas)
    {
        DetachedConverter<Canvas>.Begin();
        var value = JsonSerializer.Deserialize<T>(json, WithoutCanvas);
        canvas = DetachedConverter<Canvas>.End();
        return value ?? throw new JsonException($"Stored {typeof(T).Name} is null.");
    }

    /// <summary>Writes a chat log with its messages left out and returns them.</summary>
    public static byte[] SerializeWithoutMessages(ChatLog log, out LinkedList<ChatMessage> messages)
    {
        DetachedConverter<LinkedList<ChatMessage>>.Begin();
        var json = JsonSerializer.SerializeToUtf8Bytes(log, WithoutMessages);
        messages = DetachedConverter<LinkedList<ChatMessage>>.End() ?? throw new JsonException("A chat log without its message list.");
        return json;
    }

    /// <summary>Reads what <see cref="SerializeWithoutMessages"/> wrote; its message list comes back empty, to be filled from the stored list.</summary>
    public static ChatLog DeserializeWithoutMessages(byte[] json, out LinkedList<ChatMessage> messages)
    {
        DetachedConverter<LinkedList<ChatMessage>>.Begin();
        var log = JsonSerializer.Deserialize<ChatLog>(json, WithoutMessages);
        messages = DetachedConverter<LinkedList<ChatMessage>>.End() ?? throw new JsonException("A stored chat log without its message list.");
        return log ?? throw new JsonException("Stored ChatLog is null.");
    }

    private static JsonSerializerOptions Create(JsonConverter? detached)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(UseFieldsOfDomainTypes);
        var options = new JsonSerializerOptions
        {
            TypeInfoResolver = resolver,
            ReferenceHandler = ReferenceHandler.Preserve,
        };
        if (detached is not null) options.Converters.Add(detached);
        AddConverters(options);
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions CreateForRecords()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        AddConverters(options);
        options.MakeReadOnly();
        return options;
    }

    private static void AddConverters(JsonSerializerOptions options)
    {
        options.Converters.Add(new GuidIdConverter<PlayerId>(id => id.Value, guid => new PlayerId(guid)));
        options.Converters.Add(new GuidIdConverter<RoomId>(id => id.Value, guid => new RoomId(guid)));
        options.Converters.Add(new GuidIdConverter<GameId>(id => id.Value, guid => new GameId(guid)));
        options.Converters.Add(new RoomCodeConverter());
        options.Converters.Add(new ReadOnlySetConverterFactory());
        options.Converters.Add(new IntListConverter());
    }

    private static void UseFieldsOfDomainTypes(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.IsValueType || typeInfo.Type.Namespace?.StartsWith(DomainNamespace, StringComparison.Ordinal) != true)
            return;
        var type = typeInfo.Type;
        typeInfo.Properties.Clear();
        typeInfo.CreateObject = () => RuntimeHelpers.GetUninitializedObject(type);
        foreach (var field in InstanceFields(type))
        {
            var property = typeInfo.CreateJsonPropertyInfo(field.FieldType, $"{field.DeclaringType!.Name}.{field.Name}");
            property.Get = field.GetValue;
            property.Set = field.SetValue;
            typeInfo.Properties.Add(property);
        }
    }

    private static IEnumerable<FieldInfo> InstanceFields(Type type)
    {
        for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
        {
            foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                yield return field;
        }
    }

    private sealed class GuidIdConverter<T>(Func<T, Guid> toGuid, Func<Guid, T> fromGuid) : JsonConverter<T>
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => fromGuid(reader.GetGuid());

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(toGuid(value));

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            fromGuid(Guid.Parse(reader.GetString()!));

        public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
            writer.WritePropertyName(toGuid(value).ToString("N"));
    }

    /// <summary>System.Text.Json cannot create an <see cref="IReadOnlySet{T}"/>; it is read as a <see cref="HashSet{T}"/>.</summary>
    private sealed class ReadOnlySetConverterFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert.IsGenericType && typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlySet<>);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
            (JsonConverter)Activator.CreateInstance(typeof(ReadOnlySetConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[0]))!;
    }

    private sealed class ReadOnlySetConverter<T> : JsonConverter<IReadOnlySet<T>>
    {
        public override IReadOnlySet<T> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("A set is stored as an array.");
            var set = new HashSet<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) set.Add(JsonSerializer.Deserialize<T>(ref reader, options)!);
            return set;
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlySet<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value) JsonSerializer.Serialize(writer, item, options);
            writer.WriteEndArray();
        }
    }

    /// <summary>
    /// A canvas holds its points as int lists, tens of thousands of numbers per turn, and the game is
    /// stored after every stroke: as base64 of their bytes they are copied, not parsed one by one
    /// (about ten times faster to read back than a JSON array).
    /// </summary>
    private sealed class IntListConverter : JsonConverter<List<int>>
    {
        public override List<int> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var bytes = reader.GetBytesFromBase64();
            var list = new List<int>(bytes.Length / sizeof(int));
            list.AddRange(MemoryMarshal.Cast<byte, int>(bytes));
            return list;
        }

        public override void Write(Utf8JsonWriter writer, List<int> value, JsonSerializerOptions options) =>
            writer.WriteBase64StringValue(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(value)));
    }

    /// <summary>
    /// Writes a <typeparamref name="T"/> (a canvas, a chat log's messages) as an empty object and reads
    /// one back as a new, empty instance, handing the instance to the caller of the (synchronous)
    /// serializer call on the same thread.
    /// </summary>
    private sealed class DetachedConverter<T> : JsonConverter<T> where T : class, new()
    {
        [ThreadStatic] private static T? t_detached;
        [ThreadStatic] private static int t_count;

        public static void Begin() => (t_detached, t_count) = (null, 0);

        public static T? End()
        {
            var (detached, count) = (t_detached, t_count);
            Begin();
            return count <= 1 ? detached : throw new JsonException($"A stored state holds {count} of {typeof(T).Name}; it is stored beside it once.");
        }

        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            reader.Skip();
            return Seen(new T());
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
        {
            Seen(value);
            writer.WriteStartObject();
            writer.WriteEndObject();
        }

        private static T Seen(T detached)
        {
            t_count++;
            return t_detached = detached;
        }
    }

    private sealed class RoomCodeConverter : JsonConverter<RoomCode>
    {
        public override RoomCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, RoomCode value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }
}
