using DrawGuess.Domain.Rounds;

namespace DrawGuess.Application.Rounds;

/// <summary>A drawing's rating as the wire names it.</summary>
internal static class DrawingRatings
{
    public const string Like = "like";
    public const string Dislike = "dislike";

    public static DrawingRating? Parse(string? name) => name switch
    {
        Like => DrawingRating.Like,
        Dislike => DrawingRating.Dislike,
        _ => null,
    };

    public static string Name(DrawingRating rating) => rating == DrawingRating.Like ? Like : Dislike;
}
