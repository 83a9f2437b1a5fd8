using DrawGuess.Domain.Players;
using FluentValidation;

namespace DrawGuess.Application.Players.Commands.RegisterPlayer;

internal sealed class RegisterPlayerCommandValidator : AbstractValidator<RegisterPlayerCommand>
{
    public RegisterPlayerCommandValidator()
    {
        RuleFor(c => c.Name).Must(PlayerName.IsValid)
            .WithMessage($"must be 1-{PlayerName.MaxLength} characters after trimming, with a letter or digit, without control, bidi-override or invalid characters");
    }
}
