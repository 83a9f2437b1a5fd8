namespace DrawGuess.Application.Rooms.Contracts;

/// <summary>Room settings as clients send them; null fields take their defaults.</summary>
public sealed record RoomSettingsDto(
    string? Name = null,
    bool? IsPublic = null,
    int? MaxPlayers = null,
    int? Rounds = null,
    int? DrawingSeconds = null,
    int? WordChoices = null,
    int? Hints = null,
    string? Language = null,
    IReadOnlyList<string>? CustomWords = null,
    bool? CustomWordsOnly = null);
