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
    public static byte[] Write(Game game, int version = GameSnapshotV3.Version) => version switch
    {
        GameSnapshotV3.Version => StoredJson.Write(game.ToSnapshot(), GameSnapshotV3.Version, RoundsJsonContext.Default.GameSnapshotV3),
        GameSnapshotV2.Version => StoredJson.Write(GameV2.FromV3(game.ToSnapshot()), GameSnapshotV2.Version, RoundsJsonContext.Default.GameSnapshotV2),
        GameSnapshotV1.Version => StoredJson.Write(AsV1(game), GameSnapshotV1.Version, RoundsJsonContext.Default.GameSnapshotV1),
        0 => GameV0.Write(AsV1(game)),
        _ => throw StoredJson.CannotWrite("game", version, GameSnapshotV3.Version),
    };

    public static Game Read(byte[] json)
    {
        var reader = new Utf8JsonReader(json);
        return StoredJson.ReadVersion(ref reader) switch
        {
            0 => Game.Restore(GameV2.ToV3(GameV1.ToV2(GameV0.Read(json)))),
            1 => Game.Restore(GameV2.ToV3(GameV1.ToV2(StoredJson.ReadState(ref reader, RoundsJsonContext.Default.GameSnapshotV1)))),
            2 => Game.Restore(GameV2.ToV3(StoredJson.ReadState(ref reader, RoundsJsonContext.Default.GameSnapshotV2))),
            3 => Game.Restore(StoredJson.ReadState(ref reader, RoundsJsonContext.Default.GameSnapshotV3)),
            var version => throw StoredJson.UnknownVersion("game", version, GameSnapshotV3.Version),
        };
    }

    private static GameSnapshotV1 AsV1(Game game) => GameV1.FromV2(GameV2.FromV3(game.ToSnapshot()));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(GameSnapshotV1))]
[JsonSerializable(typeof(GameSnapshotV2))]
[JsonSerializable(typeof(GameSnapshotV3))]
internal sealed partial class RoundsJsonContext : JsonSerializerContext;
