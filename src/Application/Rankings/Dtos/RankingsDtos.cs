namespace DrawGuess.Application.Rankings.Dtos;

public sealed record LeaderboardEntryDto(int Rank, string PlayerId, string Name, long TotalScore, int Games, int Wins, double WinRate, int BestScore, int LikesReceived);

public sealed record GamePlayerDto(string PlayerId, string Name, int Score, int Rank, int TurnsDrawn, int CorrectGuesses, int LikesReceived);

public sealed record RecentGameDto(string GameId, string RoomName, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, double DurationSeconds, IReadOnlyList<GamePlayerDto> Players);

public sealed record PlayerStatsDto(
    string PlayerId, string Name, long TotalScore, int Games, int Wins, double WinRate, int BestScore, double AverageScore,
    int TurnsDrawn, int CorrectGuesses, int LikesReceived, DateTimeOffset LastPlayedAt, IReadOnlyList<RecentGameDto> RecentGames);
