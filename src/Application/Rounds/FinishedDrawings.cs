using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Domain.Rounds;

namespace DrawGuess.Application.Rounds;

/// <summary>A finished turn's drawing for the gallery: its canvas log as the server holds it, the word and who guessed it.</summary>
internal static class FinishedDrawings
{
    /// <summary>Null when the drawer left before choosing a word: there was nothing to draw.</summary>
    public static FinishedDrawingDto? Of(Game game, Turn turn, string reason) =>
        turn.Word is not { } word
            ? null
            : new FinishedDrawingDto(turn.Id, turn.Round, turn.DrawerId, game.FindParticipant(turn.DrawerId)?.Name ?? string.Empty, word.Text, reason,
                turn.GuessedInOrder.Select((playerId, index) =>
                    new FinishedGuessDto(playerId, game.FindParticipant(playerId)?.Name ?? string.Empty, index + 1, turn.PointsOf(playerId))).ToArray(),
                turn.Canvas.Operations.Select(ToDto).ToArray());

    private static FinishedOperationDto ToDto(CanvasOperation operation) => new(
        operation.Kind.ToString().ToLowerInvariant(), GameViews.ToolName(operation.Tool), operation.Color, operation.Size, operation.X, operation.Y,
        operation.Undone, operation.Points.ToArray());
}
