using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rooms;

namespace DrawGuess.Application.Rooms;

internal static class RoomSettingsMapping
{
    /// <summary>Fills omitted fields with defaults; the request validator has already checked the given ones.</summary>
    public static RoomSettings ToSettings(RoomSettingsDto dto) => new(
        TextRules.Normalize(dto.Name!),
        dto.IsPublic ?? true,
        dto.MaxPlayers ?? RoomSettings.Defaults.MaxPlayers,
        dto.Rounds ?? RoomSettings.Defaults.Rounds,
        dto.DrawingSeconds ?? RoomSettings.Defaults.DrawingSeconds,
        dto.WordChoices ?? RoomSettings.Defaults.WordChoices,
        dto.Hints ?? RoomSettings.Defaults.Hints,
        dto.Language ?? RoomSettings.Defaults.Language,
        (dto.CustomWords ?? []).Select(TextRules.Normalize).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        dto.CustomWordsOnly ?? false);
}
