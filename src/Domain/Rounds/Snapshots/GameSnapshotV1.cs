using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rounds.Snapshots;

/// <summary>A game without its turn's canvas, which is stored beside it as a journal of operations.</summary>
public sealed record GameSnapshotV1(
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
    IReadOnlyList<ParticipantSnapshotV1> Participants,
    IReadOnlyList<Guid> DrawnThisRound,
    IReadOnlyList<string> Deck,
    int DeckPosition,
    int NextTurnId,
    DateTimeOffset LastAdvancedAt,
    TurnSnapshotV1? CurrentTurn) : IStoredSnapshot
{
    public const int Version = 1;
}

public sealed record GameRulesSnapshotV1(int Rounds, int DrawingSeconds, int WordChoices, int Hints);

public sealed record GameTimingsSnapshotV1(TimeSpan Choosing, TimeSpan Reveal, TimeSpan DisconnectGrace);

public sealed record ParticipantSnapshotV1(
    Guid PlayerId,
    string Name,
    long JoinOrder,
    bool Connected,
    DateTimeOffset? DisconnectedAt,
    int Score,
    int TurnsDrawn,
    int CorrectGuesses);

/// <param name="Word">The chosen word's text; its normalised form is derived again when read.</param>
/// <param name="Points">In the order they were given.</param>
public sealed record TurnSnapshotV1(
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
    TurnEndReason? EndReason);

public sealed record DrawRateLimitSnapshotV1(double Tokens, DateTimeOffset LastRefill);
