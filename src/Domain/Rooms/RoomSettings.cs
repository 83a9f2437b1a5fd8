using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rooms;

/// <summary>What the host chooses for a room. Bounds are in <see cref="Limits"/> and checked by the request validators.</summary>
public sealed record RoomSettings(
    string Name,
    bool IsPublic,
    int MaxPlayers,
    int Rounds,
    int DrawingSeconds,
    int WordChoices,
    int Hints,
    string Language,
    IReadOnlyList<string> CustomWords,
    bool CustomWordsOnly)
{
    public static class Limits
    {
        public const int NameMaxLength = 40;
        public const int MinPlayers = 2;
        public const int MaxPlayers = 12;
        public const int MinRounds = 1;
        public const int MaxRounds = 10;
        public const int MinDrawingSeconds = 30;
        public const int MaxDrawingSeconds = 240;
        public const int MinWordChoices = 1;
        public const int MaxWordChoices = 5;
        public const int MaxHints = 5;
        public const int MaxCustomWords = 200;
        public const int CustomWordMaxLength = 30;
    }

    public static class Defaults
    {
        public const int MaxPlayers = 8;
        public const int Rounds = 3;
        public const int DrawingSeconds = 80;
        public const int WordChoices = 3;
        public const int Hints = 2;
        public const string Language = SharedKernel.Language.English;
    }
}
