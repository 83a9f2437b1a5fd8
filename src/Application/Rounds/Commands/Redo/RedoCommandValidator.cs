using DrawGuess.Application.Rounds.Dtos;
using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.Redo;

internal sealed class RedoCommandValidator : AbstractValidator<RedoCommand>
{
    public RedoCommandValidator()
    {
        RuleFor(c => c.StrokeId).ValidStrokeId();
    }
}
