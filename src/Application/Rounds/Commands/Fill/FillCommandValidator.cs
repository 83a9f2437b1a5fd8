using DrawGuess.Application.Rounds.Dtos;
using DrawGuess.Domain.Rounds;
using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.Fill;

internal sealed class FillCommandValidator : AbstractValidator<FillCommand>
{
    public FillCommandValidator()
    {
        RuleFor(c => c.Fill).NotNull();
        When(c => c.Fill is not null, () =>
        {
            RuleFor(c => c.Fill!.StrokeId).ValidStrokeId();
            RuleFor(c => c.Fill!.Color).ValidColor();
            RuleFor(c => c.Fill!.X).InclusiveBetween(0, Canvas.Width - 1);
            RuleFor(c => c.Fill!.Y).InclusiveBetween(0, Canvas.Height - 1);
        });
    }
}
