using DrawGuess.Application.Rounds.Dtos;
using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.Undo;

internal sealed class UndoCommandValidator : AbstractValidator<UndoCommand>
{
    public UndoCommandValidator()
    {
        RuleFor(c => c.StrokeId).ValidStrokeId();
    }
}
