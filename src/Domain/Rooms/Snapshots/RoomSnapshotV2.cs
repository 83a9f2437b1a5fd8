using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rooms.Snapshots;

/// <summary>Version 1 and the room's spectators (their <c>JoinOrder</c> means nothing until they take a seat).</summary>
public sealed record RoomSnapshotV2(
    Guid Id,
    string Code,
    RoomSettingsSnapshotV1 Settings,
    DateTimeOffset CreatedAt,
    Guid HostId,
    RoomStatus Status,
    IReadOnlyList<RoomMemberSnapshotV1> Members,
    IReadOnlyList<RoomMemberSnapshotV1> Spectators,
    IReadOnlyList<Guid> Kicked,
    IReadOnlyDictionary<Guid, IReadOnlyList<Guid>> KickVotes,
    long NextJoinOrder) : IStoredSnapshot
{
    public const int Version = 2;

    /// <summary>A room stored before spectators existed has none.</summary>
    public static RoomSnapshotV2 From(RoomSnapshotV1 v1) =>
        new(v1.Id, v1.Code, v1.Settings, v1.CreatedAt, v1.HostId, v1.Status, v1.Members, [], v1.Kicked, v1.KickVotes, v1.NextJoinOrder);

    /// <summary>For pods that read only version 1: the spectators are left out (they stop receiving the room's events).</summary>
    public RoomSnapshotV1 ToV1() => new(Id, Code, Settings, CreatedAt, HostId, Status, Members, Kicked, KickVotes, NextJoinOrder);
}
