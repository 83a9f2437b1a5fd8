namespace DrawGuess.Application.Rankings.Dtos;

public sealed record LeaderboardEntryDto(int Rank, string PlayerId, string Name, long TotalScore, int Games, int Wins, double WinRate, int BestScore, int LikesReceived);

public sealed record GamePlayerDto(string PlayerId, string Name, int Score, int Rank, int TurnsDrawn, int CorrectGuesses, int LikesReceived);

public sealed record RecentGameDto(string GameId, string RoomName, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, double DurationSeconds, IReadOnlyList<GamePlayerDto> Players);

/// <param name="Rank">The player's place on the leaderboard (its order: total score, then wins, then fewer games); players equal
/// on all three share the best of their places.</param>
public sealed record PlayerStatsDto(
    string PlayerId, string Name, int Rank, long TotalScore, int Games, int Wins, double WinRate, int BestScore, double AverageScore,
    int TurnsDrawn, int CorrectGuesses, int LikesReceived, DateTimeOffset LastPlayedAt, IReadOnlyList<RecentGameDto> RecentGames);

/// <summary>A listed gallery: open it with <c>GET /api/games/{id}</c> or the page <c>/g/{id}</c>.</summary>
public sealed record GallerySummaryDto(string Id, string RoomName, DateTimeOffset FinishedAt, DateTimeOffset ExpiresAt);

/// <summary>A finished game's drawings in turn order; <see cref="Truncated"/> when some were cut or left out to stay within the size limits.</summary>
public sealed record GalleryDto(string Id, string RoomName, DateTimeOffset FinishedAt, DateTimeOffset ExpiresAt, bool Truncated, IReadOnlyList<GalleryDrawingDto> Drawings);

public sealed record GalleryDrawingDto(int TurnId, int Round, string DrawerId, string DrawerName, string Word, string Reason, bool Truncated,
    IReadOnlyList<GalleryGuessDto> Guessers, IReadOnlyList<GalleryOperationDto> Operations, int Likes, int Dislikes);

/// <param name="AfterMs">Milliseconds from the start of drawing to the guess; null for games stored before it was kept.</param>
public sealed record GalleryGuessDto(string PlayerId, string Name, int Order, int Points, int? AfterMs);

/// <summary>One canvas operation as the hub's <c>CanvasOp</c> carries it: a stroke with its points, a fill at (x, y), a clear.</summary>
public sealed record GalleryOperationDto(string Kind, string? Tool, int? Color, int? Size, IReadOnlyList<int>? Points, int? X, int? Y, bool Undone);
