using DrawGuess.Domain.Chat;
using DrawGuess.Domain.Common;
using FluentValidation;

namespace DrawGuess.Application.Chat.Commands.SendMessage;

internal sealed class SendMessageCommandValidator : AbstractValidator<SendMessageCommand>
{
    public SendMessageCommandValidator()
    {
        RuleFor(c => c.Text)
            .Must(t => t is not null && TextRules.FitsLimits(t.Trim(), ChatLog.MaxMessageLength, ChatLog.MaxMessageUtf16Length))
            .WithMessage($"must be 1-{ChatLog.MaxMessageLength} characters without control or invalid characters");
    }
}
