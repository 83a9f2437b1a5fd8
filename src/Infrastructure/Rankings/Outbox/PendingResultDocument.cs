using DrawGuess.Domain.Rankings;

namespace DrawGuess.Infrastructure.Rankings.Outbox;

/// <summary>
/// A game result as an outbox file holds it; the domain type has no public setters to serialise into.
/// <see cref="Gallery"/> is absent in documents written before galleries existed.
/// </summary>
internal sealed record PendingResultDocument(
    Guid GameId, Guid RoomId, string RoomName, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, IReadOnlyList<PendingPlayerResult> Players,
    PendingGallery? Gallery = null)
{
    public static PendingResultDocument From(GameResult result) => new(
        result.GameId, result.RoomId, result.RoomName, result.StartedAt, result.FinishedAt,
        result.Players.Select(p => new PendingPlayerResult(p.PlayerId, p.Name, p.Score, p.Rank, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived)).ToArray(),
        result.Gallery is { } g ? new PendingGallery(g.Id, g.IsPublic, g.ExpiresAt, g.Truncated, g.Drawings) : null);

    public GameResult ToResult()
    {
        var result = GameResult.Record(GameId, RoomId, RoomName, StartedAt, FinishedAt,
            Players.Select(p => new PlayerResult(p.PlayerId, p.Name, p.Score, p.Rank, p.TurnsDrawn, p.CorrectGuesses, p.LikesReceived)));
        return Gallery is { } g
            ? result.WithGallery(GameGallery.Restore(g.Id, GameId, RoomName, g.IsPublic, FinishedAt, g.ExpiresAt, g.Drawings, g.Truncated))
            : result;
    }
}

/// <param name="LikesReceived">Absent (0) in a result kept by a release before likes.</param>
internal sealed record PendingPlayerResult(Guid PlayerId, string Name, int Score, int Rank, int TurnsDrawn, int CorrectGuesses, int LikesReceived);

internal sealed record PendingGallery(string Id, bool IsPublic, DateTimeOffset ExpiresAt, bool Truncated, IReadOnlyList<GalleryDrawing> Drawings);
