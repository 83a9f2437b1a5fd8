namespace DrawGuess.Application.Rounds.Contracts;

/// <summary>
/// One player's view of the game; <see cref="Word"/> and <see cref="WordOptions"/> are null unless that player may see them,
/// and <see cref="CanChangeWordOptions"/> is true only for the drawer who may still ask for other words.
/// <see cref="Likes"/> and <see cref="Dislikes"/> count the current drawing's ratings, <see cref="YourRating"/> is the viewer's;
/// <see cref="Awards"/> and <see cref="Drawings"/> are set at game over, like <see cref="Podium"/>, and <see cref="GalleryId"/>
/// (as in <c>GameOver</c>) once the finished game's gallery id is known.
/// </summary>
public sealed record GameStateDto(
    string GameId,
    int Round,
    int TotalRounds,
    int TurnId,
    string Phase,
    string DrawerId,
    long PhaseEndsAt,
    long RemainingMs,
    string Hint,
    string? Word,
    IReadOnlyList<string>? WordOptions,
    bool CanChangeWordOptions,
    IReadOnlyList<ScoreDto> Scores,
    IReadOnlyList<CanvasOpDto> Canvas,
    IReadOnlyList<PodiumEntryDto>? Podium,
    int Likes,
    int Dislikes,
    string? YourRating,
    IReadOnlyList<AwardDto>? Awards,
    IReadOnlyList<RatedDrawingDto>? Drawings,
    string? GalleryId);

public sealed record ScoreDto(string PlayerId, string Name, int Score, int TurnPoints, bool Guessed, bool IsDrawer);

public sealed record PodiumEntryDto(string PlayerId, string Name, int Score, int Rank);

/// <param name="Kind"><c>mostLikedDrawing</c> (value: likes), <c>fastestGuesser</c> (value: milliseconds from the start of drawing) or <c>bestDrawer</c> (value: points as drawer).</param>
/// <param name="TurnId">The most liked drawing's turn; null for the other awards.</param>
public sealed record AwardDto(string Kind, string PlayerId, string Name, int Value, int? TurnId);

/// <summary>A finished turn's drawing with its final ratings.</summary>
public sealed record RatedDrawingDto(int TurnId, int Round, string DrawerId, string DrawerName, string Word, int Likes, int Dislikes);

public sealed record CanvasOpDto(string Kind, int StrokeId, string? Tool, int? Color, int? Size, IReadOnlyList<int>? Points, int? X, int? Y, bool Undone);
