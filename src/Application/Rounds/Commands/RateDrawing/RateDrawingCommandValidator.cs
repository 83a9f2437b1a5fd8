using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.RateDrawing;

internal sealed class RateDrawingCommandValidator : AbstractValidator<RateDrawingCommand>
{
    public RateDrawingCommandValidator()
    {
        RuleFor(c => c.TurnId).GreaterThan(0);
        RuleFor(c => c.Rating).NotNull().Must(r => DrawingRatings.Parse(r) is not null).WithMessage("must be \"like\" or \"dislike\".");
    }
}
