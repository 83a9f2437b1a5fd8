using DrawGuess.Application.Rounds.Contracts;
using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Application.Rounds;

/// <summary>Builds per-player payloads. The word goes into a payload only through <see cref="Game.KnowsWord"/>.</summary>
internal static class GameViews
{
    /// <summary>Everyone playing the game; with the room's spectators (<see cref="GameAudience"/>), the audience of most of its messages.</summary>
    public static PlayerId[] Everyone(Game game) => game.Participants.Select(p => p.PlayerId).ToArray();

    public static GameStateDto StateFor(Game game, PlayerId viewer, DateTimeOffset now, string? galleryId = null)
    {
        var turn = game.CurrentTurn!;
        var (endsAt, remaining) = Deadline(turn.PhaseEndsAt, now, game.Phase);
        return new GameStateDto(
            game.Id.ToString(), turn.Round, game.Rules.Rounds, turn.Id, PhaseName(game.Phase), turn.DrawerId.ToString(), endsAt, remaining,
            turn.Hint,
            game.KnowsWord(viewer) ? turn.Word!.Text : null,
            game.Phase == GamePhase.Choosing && turn.DrawerId == viewer ? turn.Options : null,
            game.CanChangeWordOptions && turn.DrawerId == viewer,
            Scores(game),
            turn.Canvas.Operations.Select(ToDto).ToArray(),
            game.Phase == GamePhase.GameOver ? Podium(game) : null,
            turn.Likes,
            turn.Dislikes,
            turn.Ratings.TryGetValue(viewer, out var rating) ? DrawingRatings.Name(rating) : null,
            game.Phase == GamePhase.GameOver ? Awards(game) : null,
            game.Phase == GamePhase.GameOver ? Drawings(game) : null,
            galleryId);
    }

    public static TurnStartedDto TurnStarted(Game game, Turn turn, DateTimeOffset now)
    {
        var (endsAt, remaining) = Deadline(turn.PhaseEndsAt, now, game.Phase);
        return new TurnStartedDto(turn.Id, turn.Round, game.Rules.Rounds, turn.DrawerId.ToString(),
            game.FindParticipant(turn.DrawerId)?.Name ?? string.Empty, PhaseName(GamePhase.Choosing), endsAt, remaining);
    }

    public static WordOptionsDto WordOptions(Game game, Turn turn, DateTimeOffset now)
    {
        var (endsAt, remaining) = Deadline(turn.PhaseEndsAt, now, GamePhase.Choosing);
        return new WordOptionsDto(turn.Id, turn.Options, endsAt, remaining, game.CanChangeWordOptions);
    }

    public static DrawingStartedDto DrawingStarted(Game game, Turn turn, PlayerId viewer, DateTimeOffset now)
    {
        var (endsAt, remaining) = Deadline(turn.PhaseEndsAt, now, GamePhase.Drawing);
        return new DrawingStartedDto(turn.Id, turn.DrawerId.ToString(), turn.Hint, game.KnowsWord(viewer) ? turn.Word!.Text : null, endsAt, remaining);
    }

    public static TurnEndedDto TurnEnded(Game game, Turn turn, IPresence presence, DateTimeOffset now)
    {
        var (endsAt, remaining) = Deadline(turn.PhaseEndsAt, now, GamePhase.Reveal);
        return new TurnEndedDto(turn.Id, turn.Word?.Text, ReasonName(turn.EndReason!.Value),
            turn.Points.Select(p => new TurnPointsDto(p.Key.ToString(), p.Value)).ToArray(), Scores(game), game.IsLastTurn(presence), endsAt, remaining);
    }

    public static IReadOnlyList<PodiumEntryDto> Podium(Game game) =>
        game.Standings().Select(s => new PodiumEntryDto(s.Participant.PlayerId.ToString(), s.Participant.Name, s.Participant.Score, s.Rank)).ToArray();

    public static GameOverDto GameOver(Game game, string galleryId) => new(game.Id.ToString(), Podium(game), Awards(game), Drawings(game), galleryId);

    public static IReadOnlyList<AwardDto> Awards(Game game) =>
        game.Awards().Select(a => new AwardDto(AwardName(a.Kind), a.PlayerId.ToString(), a.Name, a.Value, a.TurnId)).ToArray();

    public static IReadOnlyList<RatedDrawingDto> Drawings(Game game) =>
        game.Drawings.Select(d => new RatedDrawingDto(d.TurnId, d.Round, d.DrawerId.ToString(), d.DrawerName, d.Word, d.Likes, d.Dislikes)).ToArray();

    public static CanvasOpDto ToDto(CanvasOperation operation) => operation.Kind switch
    {
        CanvasOperationKind.Stroke => new CanvasOpDto("stroke", operation.StrokeId, ToolName(operation.Tool), operation.Color, operation.Size,
            operation.Points.ToArray(), null, null, operation.Undone),
        CanvasOperationKind.Fill => new CanvasOpDto("fill", operation.StrokeId, null, operation.Color, null, null, operation.X, operation.Y, operation.Undone),
        _ => new CanvasOpDto("clear", operation.StrokeId, null, null, null, null, null, null, operation.Undone),
    };

    public static string ToolName(DrawingTool tool) => tool == DrawingTool.Eraser ? "eraser" : "pen";

    public static string PhaseName(GamePhase phase) => phase switch
    {
        GamePhase.Choosing => "choosing",
        GamePhase.Drawing => "drawing",
        GamePhase.Reveal => "reveal",
        _ => "gameOver",
    };

    private static string AwardName(AwardKind kind) => kind switch
    {
        AwardKind.MostLikedDrawing => "mostLikedDrawing",
        AwardKind.FastestGuesser => "fastestGuesser",
        _ => "bestDrawer",
    };

    private static string ReasonName(TurnEndReason reason) => reason switch
    {
        TurnEndReason.AllGuessed => "allGuessed",
        TurnEndReason.TimeUp => "timeUp",
        _ => "drawerLeft",
    };

    private static ScoreDto[] Scores(Game game)
    {
        var turn = game.CurrentTurn!;
        return game.Participants
            .Select(p => new ScoreDto(p.PlayerId.ToString(), p.Name, p.Score, turn.PointsOf(p.PlayerId), turn.HasGuessed(p.PlayerId), p.PlayerId == turn.DrawerId))
            .ToArray();
    }

    private static (long EndsAt, long RemainingMs) Deadline(DateTimeOffset endsAt, DateTimeOffset now, GamePhase phase)
    {
        if (phase == GamePhase.GameOver) return (0, 0);
        return (endsAt.ToUnixTimeMilliseconds(), Math.Max(0, (long)(endsAt - now).TotalMilliseconds));
    }
}
