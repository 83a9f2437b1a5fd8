using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rankings;

/// <summary>
/// A finished game's drawings, kept until <see cref="ExpiresAt"/> and found only by <see cref="Id"/>, an unguessable
/// token (never the room code): a private room's gallery is reachable by its link alone.
/// </summary>
public sealed class GameGallery
{
    private GameGallery()
    {
        Id = string.Empty;
        RoomName = string.Empty;
        Drawings = [];
    }

    public string Id { get; private set; }
    public Guid GameId { get; private set; }
    public string RoomName { get; private set; }
    /// <summary>The room was public when the game ended: its gallery may be listed.</summary>
    public bool IsPublic { get; private set; }
    public DateTimeOffset FinishedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public IReadOnlyList<GalleryDrawing> Drawings { get; private set; }
    /// <summary>Some drawings were left out or cut to keep the game within <see cref="GalleryLimits"/>.</summary>
    public bool Truncated { get; private set; }

    public bool IsExpiredAt(DateTimeOffset now) => now >= ExpiresAt;

    /// <summary>Keeps the drawings in turn order while the game's budget allows; a drawing that would pass it and every later one are left out.</summary>
    public static GameGallery Collect(string id, Guid gameId, string roomName, bool isPublic, DateTimeOffset finishedAt, TimeSpan retention,
        IEnumerable<GalleryDrawing> drawings)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new GameRuleException(ErrorCodes.ValidationFailed, "A gallery needs an id.");
        if (retention <= TimeSpan.Zero) throw new GameRuleException(ErrorCodes.ValidationFailed, "A gallery must be kept for some time.");
        var ordered = drawings.DistinctBy(d => d.TurnId).OrderBy(d => d.TurnId).ToArray();
        var kept = new List<GalleryDrawing>();
        var points = 0;
        foreach (var drawing in ordered)
        {
            points += drawing.CountPoints();
            if (kept.Count == GalleryLimits.MaxDrawingsPerGame || points > GalleryLimits.MaxPointsPerGame) break;
            kept.Add(drawing);
        }
        return new GameGallery
        {
            Id = id, GameId = gameId, RoomName = roomName, IsPublic = isPublic, FinishedAt = finishedAt, ExpiresAt = finishedAt + retention,
            Drawings = kept, Truncated = kept.Count < ordered.Length || kept.Any(d => d.Truncated),
        };
    }

    /// <summary>A stored gallery as it was collected, for the adapters that keep it.</summary>
    public static GameGallery Restore(string id, Guid gameId, string roomName, bool isPublic, DateTimeOffset finishedAt, DateTimeOffset expiresAt,
        IReadOnlyList<GalleryDrawing> drawings, bool truncated) => new()
    {
        Id = id, GameId = gameId, RoomName = roomName, IsPublic = isPublic, FinishedAt = finishedAt, ExpiresAt = expiresAt,
        Drawings = drawings, Truncated = truncated,
    };
}
