using DrawGuess.Domain.Rounds.Snapshots;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// Version 1 of a game mapped to and from version 2, which adds the drawings' ratings: a version 1 game has
/// none, and written as version 1 (during a rollout from a release that reads only 1) a game loses them.
/// </summary>
internal static class GameV1
{
    public static GameSnapshotV2 ToV2(GameSnapshotV1 game) => new(
        game.Id, game.RoomId, game.RoomName, game.Rules, game.Timings, game.StartedAt, game.FinishedAt, game.Phase, game.Round, game.IsStopped,
        [.. game.Participants.Select(p => new ParticipantSnapshotV2(
            p.PlayerId, p.Name, p.JoinOrder, p.Connected, p.DisconnectedAt, p.Score, p.TurnsDrawn, p.CorrectGuesses, 0, 0, null))],
        game.DrawnThisRound, game.Deck, game.DeckPosition, game.NextTurnId, game.LastAdvancedAt,
        game.CurrentTurn is { } t
            ? new TurnSnapshotV2(t.Id, t.Round, t.DrawerId, t.Options, t.Word, t.PhaseStartedAt, t.PhaseEndsAt, t.DrawingStartedAt,
                t.EligibleGuessers, t.GuessedInOrder, t.Points, t.DrawRateLimit, t.HintPositions, t.HintTimes, t.RevealedPositions,
                t.DrawerGraceEndsAt, t.EndReason, new Dictionary<Guid, Domain.Rounds.DrawingRating>())
            : null,
        []);

    public static GameSnapshotV1 FromV2(GameSnapshotV2 game) => new(
        game.Id, game.RoomId, game.RoomName, game.Rules, game.Timings, game.StartedAt, game.FinishedAt, game.Phase, game.Round, game.IsStopped,
        [.. game.Participants.Select(p => new ParticipantSnapshotV1(
            p.PlayerId, p.Name, p.JoinOrder, p.Connected, p.DisconnectedAt, p.Score, p.TurnsDrawn, p.CorrectGuesses))],
        game.DrawnThisRound, game.Deck, game.DeckPosition, game.NextTurnId, game.LastAdvancedAt,
        game.CurrentTurn is { } t
            ? new TurnSnapshotV1(t.Id, t.Round, t.DrawerId, t.Options, t.Word, t.PhaseStartedAt, t.PhaseEndsAt, t.DrawingStartedAt,
                t.EligibleGuessers, t.GuessedInOrder, t.Points, t.DrawRateLimit, t.HintPositions, t.HintTimes, t.RevealedPositions,
                t.DrawerGraceEndsAt, t.EndReason)
            : null);
}
