using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.SharedKernel;
using FluentValidation;
using L = DrawGuess.Domain.Rooms.RoomSettings.Limits;

namespace DrawGuess.Application.Rooms;

/// <summary>The settings rules shared by creating a room and changing its settings.</summary>
internal sealed class RoomSettingsDtoValidator : AbstractValidator<RoomSettingsDto>
{
    public RoomSettingsDtoValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(s => s.Name).NotNull().Must(n => IsShownText(n!, L.NameMaxLength))
            .WithMessage($"must be 1-{L.NameMaxLength} characters with something visible, without control, bidi-override or invalid characters");
        RuleFor(s => s.MaxPlayers).InclusiveBetween(L.MinPlayers, L.MaxPlayers);
        RuleFor(s => s.Rounds).InclusiveBetween(L.MinRounds, L.MaxRounds);
        RuleFor(s => s.DrawingSeconds).InclusiveBetween(L.MinDrawingSeconds, L.MaxDrawingSeconds);
        RuleFor(s => s.WordChoices).InclusiveBetween(L.MinWordChoices, L.MaxWordChoices);
        RuleFor(s => s.Hints).InclusiveBetween(0, L.MaxHints);
        RuleFor(s => s.Language).Must(l => l is null || Language.All.Contains(l)).WithMessage("must be 'en' or 'ko'");
        RuleFor(s => s.CustomWords).Must(w => w is null || w.Count <= L.MaxCustomWords)
            .WithMessage($"at most {L.MaxCustomWords} words");
        RuleForEach(s => s.CustomWords)
            .Must(w => w is not null && IsShownText(w, L.CustomWordMaxLength))
            .WithMessage($"each word must be 1-{L.CustomWordMaxLength} characters with something visible, without control, bidi-override or invalid characters");
        RuleFor(s => s.CustomWordsOnly)
            .Must((s, only) => only != true || DistinctWords(s.CustomWords) >= (s.WordChoices ?? RoomSettings.Defaults.WordChoices))
            .WithMessage("needs at least as many different custom words as word choices");
    }

    /// <summary>Counted as the game will use them: normalised, without case-insensitive duplicates.</summary>
    private static int DistinctWords(IReadOnlyList<string>? words) =>
        words?.Where(w => !string.IsNullOrWhiteSpace(w) && TextRules.IsPlainText(w)).Select(TextRules.Normalize).Distinct(StringComparer.OrdinalIgnoreCase).Count() ?? 0;

    /// <summary>Plain text of 1 to <paramref name="maxLength"/> UTF-16 units once trimmed and in NFC, with something visible and no bidi controls.</summary>
    private static bool IsShownText(string text, int maxLength) =>
        TextRules.IsPlainText(text) && TextRules.Normalize(text) is var normalized && TextRules.FitsLimits(normalized, maxLength, maxLength)
        && TextRules.HasVisibleCharacter(normalized) && !TextRules.HasBidiControls(normalized);
}
