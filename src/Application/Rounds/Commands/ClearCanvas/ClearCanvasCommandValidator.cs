using DrawGuess.Application.Rounds.Dtos;
using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.ClearCanvas;

internal sealed class ClearCanvasCommandValidator : AbstractValidator<ClearCanvasCommand>
{
    public ClearCanvasCommandValidator()
    {
        RuleFor(c => c.StrokeId).ValidStrokeId();
    }
}
