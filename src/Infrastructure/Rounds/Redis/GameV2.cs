using DrawGuess.Domain.Rounds.Snapshots;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// Version 2 of a game mapped to and from version 3, which drops the participants' connection state (the room's
/// members keep it): read, it is ignored; written as version 2 (during a rollout from a release that reads only 2),
/// every participant reads as connected there until their connection next changes.
/// </summary>
internal static class GameV2
{
    public static GameSnapshotV3 ToV3(GameSnapshotV2 game) => new(
        game.Id, game.RoomId, game.RoomName, game.Rules, game.Timings, game.StartedAt, game.FinishedAt, game.Phase, game.Round, game.IsStopped,
        [.. game.Participants.Select(p => new ParticipantSnapshotV3(
            p.PlayerId, p.Name, p.JoinOrder, p.Score, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived, p.DrawerPoints, p.FastestGuess))],
        game.DrawnThisRound, game.Deck, game.DeckPosition, game.NextTurnId, game.LastAdvancedAt, game.CurrentTurn, game.Drawings);

    public static GameSnapshotV2 FromV3(GameSnapshotV3 game) => new(
        game.Id, game.RoomId, game.RoomName, game.Rules, game.Timings, game.StartedAt, game.FinishedAt, game.Phase, game.Round, game.IsStopped,
        [.. game.Participants.Select(p => new ParticipantSnapshotV2(
            p.PlayerId, p.Name, p.JoinOrder, true, null, p.Score, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived, p.DrawerPoints, p.FastestGuess))],
        game.DrawnThisRound, game.Deck, game.DeckPosition, game.NextTurnId, game.LastAdvancedAt, game.CurrentTurn, game.Drawings);
}
