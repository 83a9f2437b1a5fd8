using FluentValidation;

namespace DrawGuess.Application.Rooms.Commands.KickPlayer;

internal sealed class KickPlayerCommandValidator : AbstractValidator<KickPlayerCommand>
{
    public KickPlayerCommandValidator()
    {
        RuleFor(c => c.PlayerId).NotEmpty().MaximumLength(64);
    }
}
