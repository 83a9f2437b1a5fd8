using System.Text.Json.Serialization;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.Rounds.Snapshots;
using DrawGuess.Infrastructure.Common.Redis;

namespace DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>A game in the shape of version 0 (<see cref="StoredJsonV0"/>, its canvas an empty object), mapped to and from version 1.</summary>
internal sealed class GameV0
{
    [JsonPropertyName("Game._participants")] public List<ParticipantV0> Participants { get; set; } = [];
    [JsonPropertyName("Game._drawnThisRound")] public List<Guid> DrawnThisRound { get; set; } = [];
    [JsonPropertyName("Game._deck")] public List<string> Deck { get; set; } = [];
    [JsonPropertyName("Game._deckPosition")] public int DeckPosition { get; set; }
    [JsonPropertyName("Game._nextTurnId")] public int NextTurnId { get; set; }
    [JsonPropertyName("Game._lastAdvancedAt")] public DateTimeOffset LastAdvancedAt { get; set; }
    [JsonPropertyName("Game.<Id>k__BackingField")] public Guid Id { get; set; }
    [JsonPropertyName("Game.<RoomId>k__BackingField")] public Guid RoomId { get; set; }
    [JsonPropertyName("Game.<RoomName>k__BackingField")] public string RoomName { get; set; } = "";
    [JsonPropertyName("Game.<Rules>k__BackingField")] public GameRulesV0 Rules { get; set; } = new();
    [JsonPropertyName("Game.<Timings>k__BackingField")] public GameTimingsV0 Timings { get; set; } = new();
    [JsonPropertyName("Game.<StartedAt>k__BackingField")] public DateTimeOffset StartedAt { get; set; }
    [JsonPropertyName("Game.<FinishedAt>k__BackingField")] public DateTimeOffset? FinishedAt { get; set; }
    [JsonPropertyName("Game.<Phase>k__BackingField")] public GamePhase Phase { get; set; }
    [JsonPropertyName("Game.<Round>k__BackingField")] public int Round { get; set; }
    [JsonPropertyName("Game.<CurrentTurn>k__BackingField")] public TurnV0? CurrentTurn { get; set; }
    [JsonPropertyName("Game.<IsStopped>k__BackingField")] public bool IsStopped { get; set; }
    [JsonPropertyName("AggregateRoot._domainEvents")] public List<object> DomainEvents { get; set; } = [];

    public static GameSnapshotV1 Read(byte[] json)
    {
        var game = StoredJsonV0.Read<GameV0>(json);
        var (rules, timings) = (game.Rules, game.Timings);
        return new GameSnapshotV1(
            game.Id,
            game.RoomId,
            game.RoomName,
            new GameRulesSnapshotV1(rules.Rounds, rules.DrawingSeconds, rules.WordChoices, rules.Hints),
            new GameTimingsSnapshotV1(timings.Choosing, timings.Reveal, timings.DisconnectGrace),
            game.StartedAt,
            game.FinishedAt,
            game.Phase,
            game.Round,
            game.IsStopped,
            [.. game.Participants.Select(p => new ParticipantSnapshotV1(p.PlayerId, p.Name, p.JoinOrder, p.Connected, p.DisconnectedAt, p.Score, p.TurnsDrawn, p.CorrectGuesses))],
            game.DrawnThisRound,
            game.Deck,
            game.DeckPosition,
            game.NextTurnId,
            game.LastAdvancedAt,
            game.CurrentTurn?.ToSnapshot());
    }

    public static byte[] Write(GameSnapshotV1 game) => StoredJsonV0.Write(new GameV0
    {
        Participants = [.. game.Participants.Select(p => new ParticipantV0
        {
            PlayerId = p.PlayerId, Name = p.Name, JoinOrder = p.JoinOrder, Connected = p.Connected, DisconnectedAt = p.DisconnectedAt,
            Score = p.Score, TurnsDrawn = p.TurnsDrawn, CorrectGuesses = p.CorrectGuesses,
        })],
        DrawnThisRound = [.. game.DrawnThisRound],
        Deck = [.. game.Deck],
        DeckPosition = game.DeckPosition,
        NextTurnId = game.NextTurnId,
        LastAdvancedAt = game.LastAdvancedAt,
        Id = game.Id,
        RoomId = game.RoomId,
        RoomName = game.RoomName,
        Rules = new GameRulesV0 { Rounds = game.Rules.Rounds, DrawingSeconds = game.Rules.DrawingSeconds, WordChoices = game.Rules.WordChoices, Hints = game.Rules.Hints },
        Timings = new GameTimingsV0 { Choosing = game.Timings.Choosing, Reveal = game.Timings.Reveal, DisconnectGrace = game.Timings.DisconnectGrace },
        StartedAt = game.StartedAt,
        FinishedAt = game.FinishedAt,
        Phase = game.Phase,
        Round = game.Round,
        CurrentTurn = game.CurrentTurn is { } turn ? TurnV0.From(turn) : null,
        IsStopped = game.IsStopped,
    });

    internal sealed class GameRulesV0
    {
        [JsonPropertyName("GameRules.<Rounds>k__BackingField")] public int Rounds { get; set; }
        [JsonPropertyName("GameRules.<DrawingSeconds>k__BackingField")] public int DrawingSeconds { get; set; }
        [JsonPropertyName("GameRules.<WordChoices>k__BackingField")] public int WordChoices { get; set; }
        [JsonPropertyName("GameRules.<Hints>k__BackingField")] public int Hints { get; set; }
    }

    internal sealed class GameTimingsV0
    {
        [JsonPropertyName("GameTimings.<Choosing>k__BackingField")] public TimeSpan Choosing { get; set; }
        [JsonPropertyName("GameTimings.<Reveal>k__BackingField")] public TimeSpan Reveal { get; set; }
        [JsonPropertyName("GameTimings.<DisconnectGrace>k__BackingField")] public TimeSpan DisconnectGrace { get; set; }
    }

    internal sealed class ParticipantV0
    {
        [JsonPropertyName("Participant.<PlayerId>k__BackingField")] public Guid PlayerId { get; set; }
        [JsonPropertyName("Participant.<Name>k__BackingField")] public string Name { get; set; } = "";
        [JsonPropertyName("Participant.<JoinOrder>k__BackingField")] public long JoinOrder { get; set; }
        [JsonPropertyName("Participant.<Connected>k__BackingField")] public bool Connected { get; set; }
        [JsonPropertyName("Participant.<DisconnectedAt>k__BackingField")] public DateTimeOffset? DisconnectedAt { get; set; }
        [JsonPropertyName("Participant.<Score>k__BackingField")] public int Score { get; set; }
        [JsonPropertyName("Participant.<TurnsDrawn>k__BackingField")] public int TurnsDrawn { get; set; }
        [JsonPropertyName("Participant.<CorrectGuesses>k__BackingField")] public int CorrectGuesses { get; set; }
    }

    internal sealed class TurnV0
    {
        [JsonPropertyName("Turn._points")] public Dictionary<string, int> Points { get; set; } = [];
        [JsonPropertyName("Turn._guessedInOrder")] public List<Guid> GuessedInOrder { get; set; } = [];
        [JsonPropertyName("Turn._revealedPositions"), JsonConverter(typeof(StoredJsonV0.Base64Ints))] public List<int> RevealedPositions { get; set; } = [];
        [JsonPropertyName("Turn.<Id>k__BackingField")] public int Id { get; set; }
        [JsonPropertyName("Turn.<Round>k__BackingField")] public int Round { get; set; }
        [JsonPropertyName("Turn.<DrawerId>k__BackingField")] public Guid DrawerId { get; set; }
        [JsonPropertyName("Turn.<Options>k__BackingField")] public List<string> Options { get; set; } = [];
        [JsonPropertyName("Turn.<Word>k__BackingField")] public WordV0? Word { get; set; }
        [JsonPropertyName("Turn.<PhaseStartedAt>k__BackingField")] public DateTimeOffset PhaseStartedAt { get; set; }
        [JsonPropertyName("Turn.<PhaseEndsAt>k__BackingField")] public DateTimeOffset PhaseEndsAt { get; set; }
        [JsonPropertyName("Turn.<DrawingStartedAt>k__BackingField")] public DateTimeOffset? DrawingStartedAt { get; set; }
        [JsonPropertyName("Turn.<EligibleGuessers>k__BackingField")] public Guid[] EligibleGuessers { get; set; } = [];
        [JsonPropertyName("Turn.<Canvas>k__BackingField")] public StoredJsonV0.StoredBeside Canvas { get; set; } = new();
        [JsonPropertyName("Turn.<DrawRateLimit>k__BackingField")] public DrawRateLimitV0? DrawRateLimit { get; set; }
        [JsonPropertyName("Turn.<HintPositions>k__BackingField")] public List<int> HintPositions { get; set; } = [];
        [JsonPropertyName("Turn.<HintTimes>k__BackingField")] public List<DateTimeOffset> HintTimes { get; set; } = [];
        [JsonPropertyName("Turn.<DrawerGraceEndsAt>k__BackingField")] public DateTimeOffset? DrawerGraceEndsAt { get; set; }
        [JsonPropertyName("Turn.<EndReason>k__BackingField")] public TurnEndReason? EndReason { get; set; }

        public TurnSnapshotV1 ToSnapshot() => new(
            Id,
            Round,
            DrawerId,
            Options,
            Word?.Text,
            PhaseStartedAt,
            PhaseEndsAt,
            DrawingStartedAt,
            EligibleGuessers,
            GuessedInOrder,
            StoredJsonV0.ById(Points, points => points),
            DrawRateLimit is { } limit ? new DrawRateLimitSnapshotV1(limit.Tokens, limit.LastRefill) : null,
            HintPositions,
            HintTimes,
            RevealedPositions,
            DrawerGraceEndsAt,
            EndReason);

        public static TurnV0 From(TurnSnapshotV1 turn) => new()
        {
            Points = StoredJsonV0.ByKey(turn.Points, points => points),
            GuessedInOrder = [.. turn.GuessedInOrder],
            RevealedPositions = [.. turn.RevealedPositions],
            Id = turn.Id,
            Round = turn.Round,
            DrawerId = turn.DrawerId,
            Options = [.. turn.Options],
            Word = turn.Word is { } word ? new WordV0 { Text = word, Normalized = new Word(word).Normalized } : null,
            PhaseStartedAt = turn.PhaseStartedAt,
            PhaseEndsAt = turn.PhaseEndsAt,
            DrawingStartedAt = turn.DrawingStartedAt,
            EligibleGuessers = [.. turn.EligibleGuessers],
            DrawRateLimit = turn.DrawRateLimit is { } limit ? new DrawRateLimitV0 { Tokens = limit.Tokens, LastRefill = limit.LastRefill } : null,
            HintPositions = [.. turn.HintPositions],
            HintTimes = [.. turn.HintTimes],
            DrawerGraceEndsAt = turn.DrawerGraceEndsAt,
            EndReason = turn.EndReason,
        };
    }

    internal sealed class WordV0
    {
        [JsonPropertyName("Word.<Text>k__BackingField")] public string Text { get; set; } = "";
        [JsonPropertyName("Word.<Normalized>k__BackingField")] public string Normalized { get; set; } = "";
    }

    internal sealed class DrawRateLimitV0
    {
        [JsonPropertyName("DrawRateLimit._tokens")] public double Tokens { get; set; }
        [JsonPropertyName("DrawRateLimit._lastRefill")] public DateTimeOffset LastRefill { get; set; }
    }
}
