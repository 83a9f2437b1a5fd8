using FluentValidation;

namespace DrawGuess.Application.Rooms.Commands.ResumeSession;

internal sealed class ResumeSessionCommandValidator : AbstractValidator<ResumeSessionCommand>
{
    public ResumeSessionCommandValidator()
    {
        RuleFor(c => c.ResumeToken).NotEmpty().MaximumLength(200);
    }
}
