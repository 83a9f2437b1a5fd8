using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rounds.Snapshots;

/// <summary>Version 2 without the participants' connection state: the room's members are its one source (ADR 0017).</summary>
public sealed record GameSnapshotV3(
    Guid Id,
    Guid RoomId,
    string RoomName,
    GameRulesSnapshotV1 Rules,
    GameTimingsSnapshotV1 Timings,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    GamePhase Phase,
    int Round,
    bool IsStopped,
    IReadOnlyList<ParticipantSnapshotV3> Participants,
    IReadOnlyList<Guid> DrawnThisRound,
    IReadOnlyList<string> Deck,
    int DeckPosition,
    int NextTurnId,
    DateTimeOffset LastAdvancedAt,
    TurnSnapshotV2? CurrentTurn,
    IReadOnlyList<RatedDrawingSnapshotV2> Drawings) : IStoredSnapshot
{
    public const int Version = 3;
}

public sealed record ParticipantSnapshotV3(
    Guid PlayerId,
    string Name,
    long JoinOrder,
    int Score,
    int TurnsDrawn,
    int CorrectGuesses,
    int LikesReceived,
    int DrawerPoints,
    TimeSpan? FastestGuess);
