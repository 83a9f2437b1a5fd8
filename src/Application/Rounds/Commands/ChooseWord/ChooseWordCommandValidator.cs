using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.ChooseWord;

internal sealed class ChooseWordCommandValidator : AbstractValidator<ChooseWordCommand>
{
    public ChooseWordCommandValidator()
    {
        // The upper bound is the number of options of the turn, which the game checks.
        RuleFor(c => c.Index).GreaterThanOrEqualTo(0);
    }
}
