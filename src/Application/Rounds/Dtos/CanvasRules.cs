using DrawGuess.Domain.Rounds;
using FluentValidation;

namespace DrawGuess.Application.Rounds.Dtos;

internal static class CanvasRules
{
    public static IRuleBuilderOptions<T, int> ValidStrokeId<T>(this IRuleBuilder<T, int> rule) => rule.GreaterThan(0);

    public static IRuleBuilderOptions<T, int> ValidColor<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(0, Canvas.PaletteSize - 1);

    public static bool PointsInside(int[]? points)
    {
        if (points is null || points.Length < 2 || points.Length > Canvas.MaxPointsPerBatch * 2 || points.Length % 2 != 0) return false;
        for (var i = 0; i < points.Length; i += 2)
        {
            if (!Canvas.IsInside(points[i], points[i + 1])) return false;
        }
        return true;
    }
}
