using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using FluentValidation;

namespace DrawGuess.Application.Chat.Commands.SendMessage;

internal sealed class SendMessageCommandValidator : AbstractValidator<SendMessageCommand>
{
    public SendMessageCommandValidator()
    {
        RuleFor(c => c.Text)
            .Must(t => t is not null && t.Trim().Length is >= 1 and <= ChatLog.MaxMessageLength && !TextRules.HasControlCharacters(t.Trim()))
            .WithMessage($"must be 1-{ChatLog.MaxMessageLength} characters without control characters");
    }
}
