using DrawGuess.Domain.Rooms;
using FluentValidation;

namespace DrawGuess.Application.Rounds.Commands.ChooseWord;

internal sealed class ChooseWordCommandValidator : AbstractValidator<ChooseWordCommand>
{
    public ChooseWordCommandValidator()
    {
        RuleFor(c => c.Index).InclusiveBetween(0, RoomSettings.Limits.MaxWordChoices - 1);
    }
}
