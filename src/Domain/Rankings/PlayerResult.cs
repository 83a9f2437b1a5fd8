namespace DrawGuess.Domain.Rankings;

public sealed class PlayerResult
{
    private PlayerResult()
    {
        Name = string.Empty;
    }

    public PlayerResult(Guid playerId, string name, int score, int rank, int turnsDrawn, int correctGuesses, int likesReceived = 0)
    {
        PlayerId = playerId;
        Name = name;
        Score = score;
        Rank = rank;
        TurnsDrawn = turnsDrawn;
        CorrectGuesses = correctGuesses;
        LikesReceived = likesReceived;
    }

    public Guid GameId { get; private set; }
    public Guid PlayerId { get; private set; }
    public string Name { get; private set; }
    public int Score { get; private set; }
    public int Rank { get; private set; }
    public int TurnsDrawn { get; private set; }
    public int CorrectGuesses { get; private set; }
    /// <summary>Likes other players gave this player's drawings in the game.</summary>
    public int LikesReceived { get; private set; }
    /// <summary>First place with points: a game nobody scored in is no one's win.</summary>
    public bool IsWin => Rank == 1 && Score > 0;
}
