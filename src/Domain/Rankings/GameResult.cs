using DrawGuess.Domain.Common;

namespace DrawGuess.Domain.Rankings;

/// <summary>A finished game as the leaderboard remembers it.</summary>
public sealed class GameResult
{
    private readonly List<PlayerResult> _players = [];

    private GameResult()
    {
        RoomName = string.Empty;
    }

    public Guid GameId { get; private set; }
    public Guid RoomId { get; private set; }
    public string RoomName { get; private set; }
    public DateTimeOffset StartedAt { get; private set; }
    public DateTimeOffset FinishedAt { get; private set; }
    public IReadOnlyList<PlayerResult> Players => _players;
    /// <summary>The game's drawings, stored with the result so they share its outbox and its exactly-once save.</summary>
    public GameGallery? Gallery { get; private set; }

    public static GameResult Record(Guid gameId, Guid roomId, string roomName, DateTimeOffset startedAt, DateTimeOffset finishedAt, IEnumerable<PlayerResult> players)
    {
        if (finishedAt < startedAt) throw new GameRuleException(ErrorCodes.ValidationFailed, "A game cannot finish before it starts.");
        var result = new GameResult { GameId = gameId, RoomId = roomId, RoomName = roomName, StartedAt = startedAt, FinishedAt = finishedAt };
        result._players.AddRange(players);
        if (result._players.Count == 0) throw new GameRuleException(ErrorCodes.ValidationFailed, "A game result needs players.");
        return result;
    }

    public GameResult WithGallery(GameGallery gallery)
    {
        if (gallery.GameId != GameId) throw new GameRuleException(ErrorCodes.ValidationFailed, "The gallery is another game's.");
        Gallery = gallery;
        return this;
    }
}
