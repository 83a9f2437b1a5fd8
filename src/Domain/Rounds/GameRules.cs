namespace DrawGuess.Domain.Rounds;

/// <summary>The room settings a game runs with, copied at start so a settings change never affects a running game.</summary>
public sealed record GameRules(int Rounds, int DrawingSeconds, int WordChoices, int Hints);
