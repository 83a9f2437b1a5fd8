using FluentValidation;

namespace DrawGuess.Application.Rooms.Commands.VoteKick;

internal sealed class VoteKickCommandValidator : AbstractValidator<VoteKickCommand>
{
    public VoteKickCommandValidator()
    {
        RuleFor(c => c.PlayerId).NotEmpty().MaximumLength(64);
    }
}
