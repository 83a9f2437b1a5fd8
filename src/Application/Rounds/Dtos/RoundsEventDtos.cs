namespace DrawGuess.Application.Rounds.Dtos;

public sealed record TurnStartedDto(int TurnId, int Round, int TotalRounds, string DrawerId, string DrawerName, string Phase, long PhaseEndsAt, long RemainingMs);

/// <param name="CanChange">The drawer may still ask for other words (<c>ChangeWordOptions</c>).</param>
public sealed record WordOptionsDto(int TurnId, IReadOnlyList<string> Options, long PhaseEndsAt, long RemainingMs, bool CanChange);

/// <summary><see cref="Word"/> is set only in the copy sent to the drawer.</summary>
public sealed record DrawingStartedDto(int TurnId, string DrawerId, string Hint, string? Word, long PhaseEndsAt, long RemainingMs);

public sealed record HintUpdatedDto(int TurnId, string Hint);

public sealed record PlayerGuessedDto(int TurnId, string PlayerId, string Name, int Order);

public sealed record YouGuessedDto(int TurnId, string Word, int Points);

public sealed record TurnPointsDto(string PlayerId, int Points);

public sealed record TurnEndedDto(int TurnId, string? Word, string Reason, IReadOnlyList<TurnPointsDto> TurnPoints,
    IReadOnlyList<Contracts.ScoreDto> Scores, bool LastTurn, long PhaseEndsAt, long RemainingMs);

/// <param name="Awards">Computed by the server; only those someone earned.</param>
/// <param name="Drawings">Every finished turn's drawing with its final likes and dislikes, in turn order.</param>
/// <param name="GalleryId">The game's drawings at <c>GET /api/games/{galleryId}</c> and <c>/g/{galleryId}</c>, once stored.</param>
public sealed record GameOverDto(string GameId, IReadOnlyList<Contracts.PodiumEntryDto> Podium, IReadOnlyList<Contracts.AwardDto> Awards,
    IReadOnlyList<Contracts.RatedDrawingDto> Drawings, string GalleryId);

/// <summary>The current drawing's rating counts; who rated how is not sent.</summary>
public sealed record DrawingRatedDto(int TurnId, int Likes, int Dislikes);

public sealed record GameStoppedDto(string Reason);

public sealed record StrokeBatchDto(int StrokeId, string? Tool, int Color, int Size, int[]? Points);

public sealed record FillDto(int StrokeId, int X, int Y, int Color);
