using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds;
using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.DrawStroke;

internal sealed class DrawStrokeCommandValidator : AbstractValidator<DrawStrokeCommand>
{
    public DrawStrokeCommandValidator()
    {
        RuleFor(c => c.Batch).NotNull();
        When(c => c.Batch is not null, () =>
        {
            RuleFor(c => c.Batch!.StrokeId).ValidStrokeId();
            RuleFor(c => c.Batch!.Tool).Must(t => t is "pen" or "eraser").WithMessage("must be 'pen' or 'eraser'");
            RuleFor(c => c.Batch!.Color).ValidColor();
            RuleFor(c => c.Batch!.Size).InclusiveBetween(0, Canvas.BrushSizes - 1);
            RuleFor(c => c.Batch!.Points).Must(CanvasRules.PointsInside)
                .WithMessage($"must hold 1-{Canvas.MaxPointsPerBatch} points [x, y, ...] with 0 <= x < {Canvas.Width} and 0 <= y < {Canvas.Height}");
        });
    }
}
