using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds;

/// <summary>A finished turn's drawing and how it was rated, kept for the game's awards and result.</summary>
public sealed record RatedDrawing(int TurnId, int Round, PlayerId DrawerId, string DrawerName, string Word, int Likes, int Dislikes);
