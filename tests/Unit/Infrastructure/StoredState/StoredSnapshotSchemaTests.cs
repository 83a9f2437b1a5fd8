using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using DrawGuess.Domain.Common;
using DrawGuess.Infrastructure.Chat.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.Infrastructure.Rounds.Redis;

namespace DrawGuess.UnitTests.Infrastructure.StoredState;

/// <summary>
/// A released snapshot version keeps its stored shape: pods read what pods of other releases wrote. Each
/// version's JSON schema (with its enums' numbers) is committed beside its fixtures; a change to a
/// snapshot type that changes it must be a new version instead (docs/operations.md, "Stored state versions").
/// </summary>
public sealed class StoredSnapshotSchemaTests
{
    /// <summary>Every stored snapshot type, as its Redis adapter writes it, by its schema file.</summary>
    internal static readonly Dictionary<string, JsonTypeInfo> Released = new()
    {
        ["V1/room.schema.json"] = RoomsJsonContext.Default.RoomSnapshotV1,
        ["V2/room.schema.json"] = RoomsJsonContext.Default.RoomSnapshotV2,
        ["V1/game.schema.json"] = RoundsJsonContext.Default.GameSnapshotV1,
        ["V2/game.schema.json"] = RoundsJsonContext.Default.GameSnapshotV2,
        ["V3/game.schema.json"] = RoundsJsonContext.Default.GameSnapshotV3,
        ["V1/chat-log.schema.json"] = ChatJsonContext.Default.ChatLogSnapshotV1,
        ["V1/chat-message.schema.json"] = ChatJsonContext.Default.ChatMessageSnapshotV1,
    };

    public static TheoryData<string> SchemaFiles => [.. Released.Keys];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void A_released_snapshot_keeps_its_stored_shape(string file)
    {
        var actual = Schema(Released[file]);

        actual.ShouldBe(File.ReadAllText(StoredFixtures.PathOf(Path.GetDirectoryName(file)!, Path.GetFileName(file))),
            $"{Released[file].Type.Name} no longer has the stored shape released as {file}. Keep that type as it was and add the " +
            $"next version beside it (docs/operations.md, \"Stored state versions\"); a new version's schema is:\n{actual}");
    }

    [Fact]
    public void Every_stored_snapshot_type_has_a_released_schema()
    {
        var stored = typeof(IStoredSnapshot).Assembly.GetTypes().Where(t => t.IsAssignableTo(typeof(IStoredSnapshot)) && !t.IsInterface);

        stored.ShouldBe(Released.Values.Select(info => info.Type), ignoreOrder: true);
    }

    internal static string Schema(JsonTypeInfo typeInfo)
    {
        var enums = new JsonObject();
        foreach (var type in EnumsIn(typeInfo.Type, []).OrderBy(t => t.Name, StringComparer.Ordinal))
            enums[type.Name] = new JsonObject(Enum.GetValues(type).Cast<object>().Select(v => KeyValuePair.Create(v.ToString()!, (JsonNode?)Convert.ToInt32(v))));
        var schema = new JsonObject { ["schema"] = typeInfo.GetJsonSchemaAsNode(), ["enums"] = enums };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static IEnumerable<Type> EnumsIn(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (!seen.Add(type)) return [];
        if (type.IsEnum) return [type];
        if (type.IsGenericType) return type.GetGenericArguments().SelectMany(argument => EnumsIn(argument, seen));
        if (type.Namespace?.EndsWith(".Snapshots", StringComparison.Ordinal) != true) return [];
        return type.GetProperties().Where(p => p.GetMethod!.IsPublic && !p.GetMethod.IsStatic).SelectMany(p => EnumsIn(p.PropertyType, seen));
    }
}
