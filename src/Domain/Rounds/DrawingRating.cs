namespace DrawGuess.Domain.Rounds;

/// <summary>What a guesser thinks of the current drawing; one per player and turn, changeable until the turn ends.</summary>
public enum DrawingRating
{
    Like = 1,
    Dislike = 2,
}
