using System.Text.Json;
using System.Text.Json.Serialization;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rooms.Snapshots;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Rooms.Redis;

/// <summary>A room as Redis stores it: its snapshot in the versioned envelope (<see cref="StoredJson"/>).</summary>
internal static class StoredRoom
{
    public static byte[] Write(Room room, int version = RoomSnapshotV2.Version) => version switch
    {
        RoomSnapshotV2.Version => StoredJson.Write(room.ToSnapshot(), RoomSnapshotV2.Version, RoomsJsonContext.Default.RoomSnapshotV2),
        RoomSnapshotV1.Version => StoredJson.Write(room.ToSnapshot().ToV1(), RoomSnapshotV1.Version, RoomsJsonContext.Default.RoomSnapshotV1),
        0 => RoomV0.Write(room.ToSnapshot().ToV1()),
        _ => throw StoredJson.CannotWrite("room", version, RoomSnapshotV2.Version),
    };

    public static Room Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        return StoredJson.ReadVersion(ref reader) switch
        {
            0 => Room.Restore(RoomSnapshotV2.From(RoomV0.Read(json))),
            1 => Room.Restore(RoomSnapshotV2.From(StoredJson.ReadState(ref reader, RoomsJsonContext.Default.RoomSnapshotV1))),
            2 => Room.Restore(StoredJson.ReadState(ref reader, RoomsJsonContext.Default.RoomSnapshotV2)),
            var version => throw StoredJson.UnknownVersion("room", version, RoomSnapshotV2.Version),
        };
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(RoomSnapshotV1))]
[JsonSerializable(typeof(RoomSnapshotV2))]
internal sealed partial class RoomsJsonContext : JsonSerializerContext;
