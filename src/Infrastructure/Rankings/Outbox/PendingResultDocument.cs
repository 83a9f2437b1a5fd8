using DrawGuess.Domain.Rankings;

namespace DrawGuess.Infrastructure.Rankings.Outbox;

/// <summary>A game result as an outbox file holds it; the domain type has no public setters to serialise into.</summary>
internal sealed record PendingResultDocument(
    Guid GameId, Guid RoomId, string RoomName, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<PendingPlayerResult> Players)
{
    public static PendingResultDocument From(GameResult result) => new(
        result.GameId, result.RoomId, result.RoomName, result.StartedAt, result.FinishedAt,
        result.Players.Select(p => new PendingPlayerResult(p.PlayerId, p.Name, p.Score, p.Rank, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived)).ToArray());

    public GameResult ToResult() => GameResult.Record(GameId, RoomId, RoomName, StartedAt, FinishedAt,
        Players.Select(p => new PlayerResult(p.PlayerId, p.Name, p.Score, p.Rank, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived)));
}

/// <param name="LikesReceived">Absent (0) in a result kept by a release before likes.</param>
internal sealed record PendingPlayerResult(Guid PlayerId, string Name, int Score, int Rank, int TurnsDrawn, int CorrectGuesses, int LikesReceived);
