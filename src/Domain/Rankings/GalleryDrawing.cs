namespace DrawGuess.Domain.Rankings;

/// <summary>One finished turn's drawing as the gallery keeps it: the canvas log, the word and who guessed it.</summary>
/// <param name="Truncated">True when the drawing was longer than <see cref="GalleryLimits"/> allow and its last operations were left out.</param>
/// <param name="Likes">Its final likes, known once the game is over (0 in a gallery stored before likes).</param>
public sealed record GalleryDrawing(
    int TurnId,
    int Round,
    Guid DrawerId,
    string DrawerName,
    string Word,
    string EndReason,
    IReadOnlyList<GalleryGuess> Guessers,
    IReadOnlyList<GalleryOperation> Operations,
    bool Truncated,
    int Likes = 0,
    int Dislikes = 0)
{
    public int CountPoints() => Operations.Sum(o => o.Points.Count / 2);

    /// <summary>
    /// The drawing with as much of its log, in order, as <see cref="GalleryLimits"/> allow for one drawing: the stroke that
    /// reaches the point limit keeps its first points, the operations after it are left out.
    /// </summary>
    public static GalleryDrawing Capped(int turnId, int round, Guid drawerId, string drawerName, string word, string endReason,
        IReadOnlyList<GalleryGuess> guessers, IReadOnlyList<GalleryOperation> operations)
    {
        var kept = new List<GalleryOperation>(Math.Min(operations.Count, GalleryLimits.MaxOperationsPerDrawing));
        var pointsLeft = GalleryLimits.MaxPointsPerDrawing;
        var truncated = false;
        foreach (var operation in operations)
        {
            var points = operation.Points.Count / 2;
            if (kept.Count == GalleryLimits.MaxOperationsPerDrawing || (points > 0 && pointsLeft == 0))
            {
                truncated = true;
                break;
            }
            if (points > pointsLeft)
            {
                kept.Add(operation with { Points = operation.Points.Take(pointsLeft * 2).ToArray() });
                truncated = true;
                break;
            }
            kept.Add(operation);
            pointsLeft -= points;
        }
        return new GalleryDrawing(turnId, round, drawerId, drawerName, word, endReason, guessers, kept, truncated);
    }
}

/// <param name="Order">1 for the first correct guess of the turn.</param>
/// <param name="AfterMs">Milliseconds from the start of drawing to the guess; null in a gallery stored before they were kept.</param>
public sealed record GalleryGuess(Guid PlayerId, string Name, int Order, int Points, int? AfterMs = null);

/// <summary>When a correct guess came, kept while its game runs and joined to its drawing's guessers when the game ends.</summary>
public sealed record GalleryGuessTime(int TurnId, Guid PlayerId, int AfterMs);

/// <summary>A stroke (flat [x0, y0, x1, y1, ...]), a fill at (X, Y) or a clear; an undone one stays in the log, marked.</summary>
public sealed record GalleryOperation(string Kind, string Tool, int Color, int Size, int X, int Y, bool Undone, IReadOnlyList<int> Points);

/// <summary>What one finished game may keep: a drawing that is longer is cut, drawings past the game's budget are left out.</summary>
public static class GalleryLimits
{
    public const int MaxOperationsPerDrawing = 1_000;
    public const int MaxPointsPerDrawing = 10_000;
    public const int MaxPointsPerGame = 150_000;
    /// <summary>10 rounds of 12 players: every turn a game can have.</summary>
    public const int MaxDrawingsPerGame = 120;
}
