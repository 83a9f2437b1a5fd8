namespace DrawGuess.Domain.Rankings;

/// <summary>A player's running totals, updated in the same transaction as each game result so the leaderboard is one indexed read.</summary>
public sealed class PlayerStatistics
{
    private PlayerStatistics()
    {
        Name = string.Empty;
    }

    public Guid PlayerId { get; private set; }
    public string Name { get; private set; }
    public long TotalScore { get; private set; }
    public int Games { get; private set; }
    public int Wins { get; private set; }
    public int BestScore { get; private set; }
    public int TurnsDrawn { get; private set; }
    public int CorrectGuesses { get; private set; }
    public int LikesReceived { get; private set; }
    public DateTimeOffset LastPlayedAt { get; private set; }

    public double WinRate => Games == 0 ? 0 : (double)Wins / Games;

    public static PlayerStatistics StartFor(Guid playerId) => new() { PlayerId = playerId };

    /// <summary>Results may arrive out of order (one kept in the outbox during an outage): name and last-played come from the latest game.</summary>
    public void Add(PlayerResult result, DateTimeOffset playedAt)
    {
        if (Games == 0 || playedAt >= LastPlayedAt)
        {
            Name = result.Name;
            LastPlayedAt = playedAt;
        }
        TotalScore += result.Score;
        Games++;
        if (result.IsWin) Wins++;
        BestScore = Math.Max(BestScore, result.Score);
        TurnsDrawn += result.TurnsDrawn;
        CorrectGuesses += result.CorrectGuesses;
        LikesReceived += result.LikesReceived;
    }
}
