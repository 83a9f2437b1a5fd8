using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rooms.Snapshots;

public sealed record RoomSnapshotV1(
    Guid Id,
    string Code,
    RoomSettingsSnapshotV1 Settings,
    DateTimeOffset CreatedAt,
    Guid HostId,
    RoomStatus Status,
    IReadOnlyList<RoomMemberSnapshotV1> Members,
    IReadOnlyList<Guid> Kicked,
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> KickVotes,
    long NextJoinOrder) : IStoredSnapshot
{
    public const int Version = 1;
}

public sealed record RoomSettingsSnapshotV1(
    string Name,
    bool IsPublic,
    int MaxPlayers,
    int Rounds,
    int DrawingSeconds,
    int WordChoices,
    int Hints,
    string Language,
    IReadOnlyList<string> CustomWords,
    bool CustomWordsOnly);

public sealed record RoomMemberSnapshotV1(Guid PlayerId, string Name, long JoinOrder, bool Connected, DateTimeOffset? DisconnectedAt);
