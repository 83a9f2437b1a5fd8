using System.Text.Json;
using System.Text.Json.Serialization;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Snapshots;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// A game as Redis stores it: its snapshot in the versioned envelope (<see cref="StoredJson"/>). The
/// snapshot leaves the turn's canvas out; it comes back empty, for <see cref="CanvasJournal.Replay"/>.
/// </summary>
internal static class StoredGame
{
    public static byte[] Write(Game game, int version = GameSnapshotV2.Version) => version switch
    {
        GameSnapshotV2.Version => StoredJson.Write(game.ToSnapshot(), GameSnapshotV2.Version, RoundsJsonContext.Default.GameSnapshotV2),
        GameSnapshotV1.Version => StoredJson.Write(GameV1.FromV2(game.ToSnapshot()), GameSnapshotV1.Version, RoundsJsonContext.Default.GameSnapshotV1),
        0 => GameV0.Write(GameV1.FromV2(game.ToSnapshot())),
        _ => throw StoredJson.CannotWrite("game", version, GameSnapshotV2.Version),
    };

    public static Game Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        return StoredJson.ReadVersion(ref reader) switch
        {
            0 => Game.Restore(GameV1.ToV2(GameV0.Read(json))),
            1 => Game.Restore(GameV1.ToV2(StoredJson.ReadState(ref reader, RoundsJsonContext.Default.GameSnapshotV1))),
            2 => Game.Restore(StoredJson.ReadState(ref reader, RoundsJsonContext.Default.GameSnapshotV2)),
            var version => throw StoredJson.UnknownVersion("game", version, GameSnapshotV2.Version),
        };
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GameSnapshotV1))]
[JsonSerializable(typeof(GameSnapshotV2))]
internal sealed partial class RoundsJsonContext : JsonSerializerContext;
