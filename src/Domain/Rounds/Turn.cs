using DrawGuess.Domain.Rounds.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds;

/// <summary>One player's drawing turn: choosing, drawing, reveal.</summary>
public sealed class Turn
{
    private readonly Dictionary<PlayerId, int> _points = [];
    private readonly List<PlayerId> _guessedInOrder = [];
    private readonly List<int> _revealedPositions = [];
    private readonly Dictionary<PlayerId, DrawingRating> _ratings = [];
    private readonly List<string> _offered;

    /// <param name="offered">Every word offered so far in this turn in deals of <paramref name="dealSize"/> words, the latest deal first.</param>
    internal Turn(int id, int round, PlayerId drawerId, IEnumerable<string> offered, int dealSize, DateTimeOffset phaseStartedAt, DateTimeOffset phaseEndsAt)
    {
        Id = id;
        Round = round;
        DrawerId = drawerId;
        _offered = [.. offered];
        DealSize = dealSize;
        PhaseStartedAt = phaseStartedAt;
        PhaseEndsAt = phaseEndsAt;
    }

    public int Id { get; }
    public int Round { get; }
    public PlayerId DrawerId { get; }
    /// <summary>The words the drawer chooses from: the latest deal.</summary>
    public IReadOnlyList<string> Options => _offered[..DealSize];
    /// <summary>The drawer already asked for other words in this turn.</summary>
    public bool OptionsChanged => _offered.Count > DealSize;
    internal int DealSize { get; }
    public Word? Word { get; internal set; }
    public DateTimeOffset PhaseStartedAt { get; internal set; }
    public DateTimeOffset PhaseEndsAt { get; internal set; }
    public DateTimeOffset? DrawingStartedAt { get; internal set; }
    /// <summary>Guessers present when drawing began: the denominator of the drawer's points.</summary>
    public IReadOnlySet<PlayerId> EligibleGuessers { get; internal set; } = new HashSet<PlayerId>();
    public IReadOnlyList<PlayerId> GuessedInOrder => _guessedInOrder;
    public IReadOnlyDictionary<PlayerId, int> Points => _points;
    public Canvas Canvas { get; } = new();
    internal DrawRateLimit? DrawRateLimit { get; set; }
    internal IReadOnlyList<int> HintPositions { get; set; } = [];
    internal IReadOnlyList<DateTimeOffset> HintTimes { get; set; } = [];
    public IReadOnlyList<int> RevealedPositions => _revealedPositions;
    public DateTimeOffset? DrawerGraceEndsAt { get; internal set; }
    public TurnEndReason? EndReason { get; internal set; }
    public IReadOnlyDictionary<PlayerId, DrawingRating> Ratings => _ratings;
    public int Likes => _ratings.Values.Count(r => r == DrawingRating.Like);
    public int Dislikes => _ratings.Values.Count(r => r == DrawingRating.Dislike);

    public bool HasGuessed(PlayerId playerId) => _points.ContainsKey(playerId) && playerId != DrawerId;

    /// <summary>The hint pattern guessers see now.</summary>
    public string Hint => Word?.Pattern(_revealedPositions) ?? string.Empty;

    public int PointsOf(PlayerId playerId) => _points.GetValueOrDefault(playerId);

    internal void RecordGuess(PlayerId playerId, int points)
    {
        _guessedInOrder.Add(playerId);
        _points[playerId] = points;
    }

    internal void SetPoints(PlayerId playerId, int points) => _points[playerId] = points;

    internal void ClearPoints() => _points.Clear();

    /// <summary>False when the player had already given this rating.</summary>
    internal bool Rate(PlayerId playerId, DrawingRating rating)
    {
        if (_ratings.GetValueOrDefault(playerId) == rating) return false;
        _ratings[playerId] = rating;
        return true;
    }

    /// <summary>First, so that a release that reads every offered word as a choice offers the new ones at the same indexes.</summary>
    internal void OfferInstead(IReadOnlyList<string> words) => _offered.InsertRange(0, words);

    internal void RevealNextHint() => _revealedPositions.Add(HintPositions[_revealedPositions.Count]);

    internal DateTimeOffset? NextHintAt => _revealedPositions.Count < HintTimes.Count ? HintTimes[_revealedPositions.Count] : null;

    internal TurnSnapshotV2 ToSnapshot() => new(
        Id,
        Round,
        DrawerId.Value,
        [.. _offered],
        Word?.Text,
        PhaseStartedAt,
        PhaseEndsAt,
        DrawingStartedAt,
        [.. EligibleGuessers.Select(p => p.Value)],
        [.. _guessedInOrder.Select(p => p.Value)],
        _points.ToDictionary(p => p.Key.Value, p => p.Value),
        DrawRateLimit?.ToSnapshot(),
        HintPositions,
        HintTimes,
        [.. _revealedPositions],
        DrawerGraceEndsAt,
        EndReason,
        _ratings.ToDictionary(r => r.Key.Value, r => r.Value));

    internal static Turn Restore(TurnSnapshotV2 snapshot, int dealSize)
    {
        var turn = new Turn(snapshot.Id, snapshot.Round, new PlayerId(snapshot.DrawerId), snapshot.Options, dealSize, snapshot.PhaseStartedAt, snapshot.PhaseEndsAt)
        {
            Word = snapshot.Word is null ? null : new Word(snapshot.Word),
            DrawingStartedAt = snapshot.DrawingStartedAt,
            EligibleGuessers = snapshot.EligibleGuessers.Select(id => new PlayerId(id)).ToHashSet(),
            DrawRateLimit = snapshot.DrawRateLimit is { } limit ? DrawRateLimit.Restore(limit) : null,
            HintPositions = [.. snapshot.HintPositions],
            HintTimes = [.. snapshot.HintTimes],
            DrawerGraceEndsAt = snapshot.DrawerGraceEndsAt,
            EndReason = snapshot.EndReason,
        };
        turn._guessedInOrder.AddRange(snapshot.GuessedInOrder.Select(id => new PlayerId(id)));
        foreach (var (playerId, points) in snapshot.Points) turn._points[new PlayerId(playerId)] = points;
        turn._revealedPositions.AddRange(snapshot.RevealedPositions);
        foreach (var (playerId, rating) in snapshot.Ratings) turn._ratings[new PlayerId(playerId)] = rating;
        return turn;
    }
}
