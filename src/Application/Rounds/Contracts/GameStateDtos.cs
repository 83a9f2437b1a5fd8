namespace DrawGuess.Application.Rounds.Contracts;

/// <summary>One player's view of the game; <see cref="Word"/> and <see cref="WordOptions"/> are null unless that player may see them.</summary>
public sealed record GameStateDto(
    string GameId,
    int Round,
    int TotalRounds,
    int TurnId,
    string Phase,
    string DrawerId,
    long PhaseEndsAt,
    long RemainingMs,
    string Hint,
    string? Word,
    IReadOnlyList<string>? WordOptions,
    IReadOnlyList<ScoreDto> Scores,
    IReadOnlyList<CanvasOpDto> Canvas,
    IReadOnlyList<PodiumEntryDto>? Podium);

public sealed record ScoreDto(string PlayerId, string Name, int Score, int TurnPoints, bool Guessed, bool IsDrawer);

public sealed record PodiumEntryDto(string PlayerId, string Name, int Score, int Rank);

public sealed record CanvasOpDto(string Kind, int StrokeId, string? Tool, int? Color, int? Size, IReadOnlyList<int>? Points, int? X, int? Y, bool Undone);
