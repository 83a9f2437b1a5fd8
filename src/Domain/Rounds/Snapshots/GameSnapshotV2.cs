using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rounds.Snapshots;

/// <summary>Version 1 with the drawings' ratings: each turn's, each finished drawing's and what each participant earned from them.</summary>
public sealed record GameSnapshotV2(
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
    IReadOnlyList<ParticipantSnapshotV2> Participants,
    IReadOnlyList<Guid> DrawnThisRound,
    IReadOnlyList<string> Deck,
    int DeckPosition,
    int NextTurnId,
    DateTimeOffset LastAdvancedAt,
    TurnSnapshotV2? CurrentTurn,
    IReadOnlyList<RatedDrawingSnapshotV2> Drawings) : IStoredSnapshot
{
    public const int Version = 2;
}

public sealed record ParticipantSnapshotV2(
    Guid PlayerId,
    string Name,
    long JoinOrder,
    bool Connected,
    DateTimeOffset? DisconnectedAt,
    int Score,
    int TurnsDrawn,
    int CorrectGuesses,
    int LikesReceived,
    int DrawerPoints,
    TimeSpan? FastestGuess);

/// <param name="Options">Every word offered in the turn, the latest deal (the drawer's choices) first: two deals once the drawer asked for other words.</param>
/// <param name="Word">The chosen word's text; its normalised form is derived again when read.</param>
/// <param name="Points">In the order they were given.</param>
public sealed record TurnSnapshotV2(
    int Id,
    int Round,
    Guid DrawerId,
    IReadOnlyList<string> Options,
    string? Word,
    DateTimeOffset PhaseStartedAt,
    DateTimeOffset PhaseEndsAt,
    DateTimeOffset? DrawingStartedAt,
    IReadOnlyList<Guid> EligibleGuessers,
    IReadOnlyList<Guid> GuessedInOrder,
    IReadOnlyDictionary<Guid, int> Points,
    DrawRateLimitSnapshotV1? DrawRateLimit,
    IReadOnlyList<int> HintPositions,
    IReadOnlyList<DateTimeOffset> HintTimes,
    IReadOnlyList<int> RevealedPositions,
    DateTimeOffset? DrawerGraceEndsAt,
    TurnEndReason? EndReason,
    IReadOnlyDictionary<Guid, DrawingRating> Ratings);

public sealed record RatedDrawingSnapshotV2(int TurnId, int Round, Guid DrawerId, string DrawerName, string Word, int Likes, int Dislikes);
