using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds.Events;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds;

/// <summary>
/// One game in one room: who draws when, the phases and their deadlines, guesses, points and the canvas.
/// Time only moves when a caller passes <c>now</c>; <see cref="NextDueAt"/> says when to call <see cref="Advance"/>.
/// Who is connected is the room's: the rules that need it read the <see cref="IPresence"/> they are given.
/// </summary>
public sealed partial class Game : AggregateRoot
{
    public const int MinPlayers = 2;

    private readonly List<Participant> _participants = [];
    private readonly HashSet<PlayerId> _drawnThisRound = [];
    private readonly List<RatedDrawing> _drawings = [];
    private readonly IReadOnlyList<string> _deck;
    private int _deckPosition;
    private int _nextTurnId = 1;
    private DateTimeOffset _lastAdvancedAt;

    private Game(GameId id, RoomId roomId, string roomName, GameRules rules, GameTimings timings, IReadOnlyList<string> deck, DateTimeOffset now)
    {
        Id = id;
        RoomId = roomId;
        RoomName = roomName;
        Rules = rules;
        Timings = timings;
        _deck = deck;
        StartedAt = now;
    }

    public GameId Id { get; }
    public RoomId RoomId { get; }
    /// <summary>The room's name when the game started, kept for the game's result.</summary>
    public string RoomName { get; }
    public GameRules Rules { get; }
    public GameTimings Timings { get; }
    public DateTimeOffset StartedAt { get; }
    public DateTimeOffset? FinishedAt { get; private set; }
    public GamePhase Phase { get; private set; }
    public int Round { get; private set; }
    public Turn? CurrentTurn { get; private set; }
    public bool IsStopped { get; private set; }
    public bool IsRunning => Phase != GamePhase.GameOver && !IsStopped;
    public IReadOnlyList<Participant> Participants => _participants;
    /// <summary>The drawings of the turns that are over, in turn order, with their final ratings.</summary>
    public IReadOnlyList<RatedDrawing> Drawings => _drawings;

    /// <summary>
    /// The <see cref="AggregateRoot.Version"/> of the last change beyond the canvas: a store that knows the
    /// version it loaded can write a canvas call's few entries instead of the whole game.
    /// </summary>
    public long LastStateChange { get; private set; }

    /// <param name="deck">Candidate words in the order they will be offered; reused from the start when exhausted.</param>
    public static Game Start(GameId id, RoomId roomId, string roomName, GameRules rules, GameTimings timings,
        IEnumerable<(PlayerId Id, string Name, long JoinOrder)> players, IReadOnlyList<string> deck, IPresence presence, DateTimeOffset now)
    {
        if (deck.Count == 0) throw new ArgumentException("The word deck is empty.", nameof(deck));
        var game = new Game(id, roomId, roomName, rules, timings, deck, now);
        foreach (var player in players.OrderBy(p => p.JoinOrder))
            game._participants.Add(new Participant(player.Id, player.Name, player.JoinOrder));
        if (game._participants.Count < MinPlayers)
            throw new GameRuleException(ErrorCodes.NotEnoughPlayers, "At least 2 players are needed to start.");
        game.Round = 1;
        game.Raise(new GameStartedDomainEvent(id));
        game.StartNextTurn(now, presence);
        game.StateChanged();
        return game;
    }

    public Participant? FindParticipant(PlayerId playerId) => _participants.Find(p => p.PlayerId == playerId);

    /// <summary>The current turn is its round's first: nobody else has drawn in this round yet.</summary>
    public bool IsFirstTurnOfRound => _drawnThisRound.Count == 1;

    /// <summary>
    /// No turn would follow the current one as the players are now: the last round, and every connected
    /// player has drawn in it. Players joining or returning before the next turn can still change it.
    /// </summary>
    public bool IsLastTurn(IPresence presence) =>
        Round >= Rules.Rounds && !_participants.Any(p => presence.IsConnected(p.PlayerId) && !_drawnThisRound.Contains(p.PlayerId));

    /// <summary>When <see cref="Advance"/> has something to do next, or null when nothing is pending.</summary>
    public DateTimeOffset? NextDueAt(IPresence presence)
    {
        if (!IsRunning || CurrentTurn is not { } turn) return null;
        var due = turn.PhaseEndsAt;
        if (Phase == GamePhase.Drawing && turn.NextHintAt is { } hintAt && hintAt < due) due = hintAt;
        if (Phase != GamePhase.Reveal && turn.DrawerGraceEndsAt is { } graceEnd && graceEnd < due) due = graceEnd;
        if (Phase == GamePhase.Drawing && AbsentGuesserDeadlines(turn, presence).Where(d => d > _lastAdvancedAt).DefaultIfEmpty(due).Min() is var absence && absence < due)
            due = absence;
        return due;
    }

    /// <summary>Runs every transition that is due at <paramref name="now"/>. Calling it early or twice does nothing.</summary>
    public void Advance(DateTimeOffset now, IRandomSource random, IPresence presence)
    {
        for (var step = 0; step < 100 && IsRunning && Step(now, random, presence); step++)
        {
        }
        _lastAdvancedAt = now;
        StateChanged();
    }

    public void ChooseWord(PlayerId playerId, int index, DateTimeOffset now, IRandomSource random, IPresence presence)
    {
        var turn = EnsureDrawer(playerId);
        EnsurePhase(GamePhase.Choosing);
        if (index < 0 || index >= turn.Options.Count)
            throw new GameRuleException(ErrorCodes.ValidationFailed, $"index: must be between 0 and {turn.Options.Count - 1}.");
        BeginDrawing(turn, turn.Options[index], now, random, presence);
        StateChanged();
    }

    /// <summary>
    /// The drawer, while choosing, once per turn: as many other words from the deck instead of those offered. Only
    /// from a deck of at least two deals, so that none of the first comes back; the choosing time runs on.
    /// </summary>
    public void ChangeWordOptions(PlayerId playerId)
    {
        var turn = EnsureDrawer(playerId);
        EnsurePhase(GamePhase.Choosing);
        if (!CanChangeWordOptions)
            throw new GameRuleException(ErrorCodes.NoOtherWords, "The words can be changed once per turn, and only from a word list with twice as many words as choices.");
        turn.OfferInstead(Deal(turn.DealSize));
        Raise(new WordOptionsChangedDomainEvent(turn.Id));
        StateChanged();
    }

    /// <summary>The drawer may still ask for other words (<see cref="ChangeWordOptions"/>).</summary>
    public bool CanChangeWordOptions =>
        IsRunning && Phase == GamePhase.Choosing && CurrentTurn is { OptionsChanged: false } turn && _deck.Count >= 2 * turn.DealSize;

    /// <summary>Judges a chat message as a guess; null when the sender cannot guess now (not drawing, drawer, already guessed).</summary>
    public GuessVerdict? SubmitGuess(PlayerId playerId, string text, DateTimeOffset now, IPresence presence)
    {
        if (Phase != GamePhase.Drawing || CurrentTurn is not { Word: { } word } turn) return null;
        if (playerId == turn.DrawerId || turn.HasGuessed(playerId) || FindParticipant(playerId) is not { } guesser) return null;
        var verdict = word.Judge(text);
        if (verdict != GuessVerdict.Correct) return verdict;

        var order = 1 + turn.GuessedInOrder.Count(turn.EligibleGuessers.Contains);
        var points = Scoring.GuesserPoints(Rules.DrawingSeconds, now - turn.DrawingStartedAt!.Value, order);
        turn.RecordGuess(playerId, points);
        guesser.CorrectGuesses++;
        var elapsed = now - turn.DrawingStartedAt!.Value;
        if (guesser.FastestGuess is not { } fastest || elapsed < fastest) guesser.FastestGuess = elapsed;
        Raise(new PlayerGuessedDomainEvent(turn.Id, playerId, order, points, elapsed));
        EndTurnIfEveryoneGuessed(now, presence);
        StateChanged();
        return verdict;
    }

    /// <summary>
    /// A guesser likes or dislikes the drawing of turn <paramref name="turnId"/>, from the start of drawing until the
    /// next turn starts; rating again replaces their rating.
    /// </summary>
    public void RateDrawing(PlayerId playerId, int turnId, DrawingRating rating)
    {
        if (!IsRunning || CurrentTurn is not { } turn || turn.Id != turnId)
            throw new GameRuleException(ErrorCodes.NotCurrentTurn, "That turn is over: rate the current drawing.");
        if (Phase is not (GamePhase.Drawing or GamePhase.Reveal) || turn.Word is null)
            throw new GameRuleException(ErrorCodes.NothingToRate, "There is no drawing to rate yet.");
        if (turn.DrawerId == playerId)
            throw new GameRuleException(ErrorCodes.OwnDrawing, "You cannot rate your own drawing.");
        if (FindParticipant(playerId) is null)
            throw new GameRuleException(ErrorCodes.NotInRoom, "Only players of this game can rate its drawings.");
        if (!turn.Rate(playerId, rating)) return;
        Raise(new DrawingRatedDomainEvent(turn.Id, turn.Likes, turn.Dislikes));
        StateChanged();
    }

    /// <summary>
    /// The game's awards, those someone earned: the most liked drawing (earliest on a tie), the fastest correct
    /// guess and the most points as drawer (earliest joined on a tie).
    /// </summary>
    public IReadOnlyList<Award> Awards()
    {
        var awards = new List<Award>(3);
        if (_drawings.Where(d => d.Likes > 0).OrderByDescending(d => d.Likes).ThenBy(d => d.TurnId).FirstOrDefault() is { } liked)
            awards.Add(new Award(AwardKind.MostLikedDrawing, liked.DrawerId, liked.DrawerName, liked.Likes, liked.TurnId));
        if (_participants.Where(p => p.FastestGuess is not null).OrderBy(p => p.FastestGuess).ThenBy(p => p.JoinOrder).FirstOrDefault() is { } fastest)
            awards.Add(new Award(AwardKind.FastestGuesser, fastest.PlayerId, fastest.Name, (int)fastest.FastestGuess!.Value.TotalMilliseconds, null));
        if (_participants.Where(p => p.DrawerPoints > 0).OrderByDescending(p => p.DrawerPoints).ThenBy(p => p.JoinOrder).FirstOrDefault() is { } drawer)
            awards.Add(new Award(AwardKind.BestDrawer, drawer.PlayerId, drawer.Name, drawer.DrawerPoints, null));
        return awards;
    }

    /// <summary>True when the player may see the word now.</summary>
    public bool KnowsWord(PlayerId playerId) =>
        CurrentTurn is { Word: not null } turn && (Phase is GamePhase.Reveal or GamePhase.GameOver || turn.DrawerId == playerId || turn.HasGuessed(playerId));

    /// <summary>
    /// True when <paramref name="text"/> from a player who may not see the word writes it (<see cref="Word.IsWrittenIn"/>):
    /// it must then reach only those who may see the word, and the sender.
    /// </summary>
    public bool WouldRevealWord(PlayerId senderId, string text) =>
        Phase == GamePhase.Drawing && CurrentTurn is { Word: { } word } && !KnowsWord(senderId) && word.IsWrittenIn(text);

    public bool CanChatInGuessedChannel(PlayerId playerId) =>
        Phase is GamePhase.Choosing or GamePhase.Drawing && CurrentTurn is { } turn && (turn.DrawerId == playerId || turn.HasGuessed(playerId));

    public Canvas DrawStroke(PlayerId playerId, int strokeId, DrawingTool tool, int color, int size, IReadOnlyList<int> points, DateTimeOffset now)
    {
        var canvas = EnsureCanDraw(playerId, now);
        canvas.AddStrokeBatch(strokeId, tool, color, size, points);
        Changed();
        return canvas;
    }

    public void Fill(PlayerId playerId, int strokeId, int x, int y, int color, DateTimeOffset now)
    {
        EnsureCanDraw(playerId, now).AddFill(strokeId, x, y, color);
        Changed();
    }

    public void Clear(PlayerId playerId, int strokeId, DateTimeOffset now)
    {
        EnsureCanDraw(playerId, now).AddClear(strokeId);
        Changed();
    }

    public void Undo(PlayerId playerId, int strokeId, DateTimeOffset now)
    {
        EnsureCanDraw(playerId, now).Undo(strokeId);
        Changed();
    }

    public void Redo(PlayerId playerId, int strokeId, DateTimeOffset now)
    {
        EnsureCanDraw(playerId, now).Redo(strokeId);
        Changed();
    }

    /// <summary>A player joined the room mid-game: a guesser from now on, drawing when their turn in join order comes.</summary>
    public void AddParticipant(PlayerId playerId, string name, long joinOrder)
    {
        StateChanged();
        if (FindParticipant(playerId) is not null) return;
        _participants.Add(new Participant(playerId, name, joinOrder));
    }

    public void RemoveParticipant(PlayerId playerId, DateTimeOffset now, IPresence presence)
    {
        if (FindParticipant(playerId) is not { } participant) return;
        StateChanged();
        _participants.Remove(participant);
        if (_participants.Count < MinPlayers)
        {
            Stop();
            return;
        }
        if (CurrentTurn is { } turn && turn.DrawerId == playerId && Phase is GamePhase.Choosing or GamePhase.Drawing)
            EndTurn(turn, TurnEndReason.DrawerLeft, now);
        else
            EndTurnIfEveryoneGuessed(now, presence);
    }

    /// <summary>
    /// The player's connection came or went (<paramref name="presence"/> already says so): a drawer who left gets a
    /// grace period before their turn ends, and a guesser who left may be the last one the turn waited for.
    /// </summary>
    public void PresenceChanged(PlayerId playerId, IPresence presence, DateTimeOffset now)
    {
        if (FindParticipant(playerId) is null) return;
        StateChanged();
        if (CurrentTurn is not { } turn || Phase is not (GamePhase.Choosing or GamePhase.Drawing)) return;
        if (turn.DrawerId == playerId)
            turn.DrawerGraceEndsAt = presence.IsConnected(playerId) ? null : presence.DisconnectedAt(playerId) + Timings.DisconnectGrace;
        else if (!presence.IsConnected(playerId))
            EndTurnIfEveryoneGuessed(now, presence);
    }

    /// <summary>Final standings; players with equal scores share a rank (1, 1, 3).</summary>
    public IReadOnlyList<(Participant Participant, int Rank)> Standings() =>
        _participants
            .OrderByDescending(p => p.Score).ThenBy(p => p.JoinOrder)
            .Select(p => (p, 1 + _participants.Count(other => other.Score > p.Score)))
            .ToArray();

    private void StateChanged()
    {
        Changed();
        LastStateChange = Version;
    }

    private bool Step(DateTimeOffset now, IRandomSource random, IPresence presence)
    {
        var turn = CurrentTurn!;
        switch (Phase)
        {
            case GamePhase.Choosing when turn.DrawerGraceEndsAt <= now:
            case GamePhase.Drawing when turn.DrawerGraceEndsAt <= now:
                EndTurn(turn, TurnEndReason.DrawerLeft, now);
                return true;
            case GamePhase.Choosing when turn.PhaseEndsAt <= now:
                BeginDrawing(turn, turn.Options[random.Next(turn.Options.Count)], now, random, presence);
                return true;
            case GamePhase.Drawing when turn.NextHintAt <= now:
                turn.RevealNextHint();
                Raise(new HintRevealedDomainEvent(turn.Id));
                return true;
            case GamePhase.Drawing when EveryoneStillHereGuessed(turn, now, presence):
                EndTurn(turn, TurnEndReason.AllGuessed, now);
                return true;
            case GamePhase.Drawing when turn.PhaseEndsAt <= now:
                EndTurn(turn, TurnEndReason.TimeUp, now);
                return true;
            case GamePhase.Reveal when turn.PhaseEndsAt <= now:
                StartNextTurn(now, presence);
                return true;
            default:
                return false;
        }
    }

    private void StartNextTurn(DateTimeOffset now, IPresence presence)
    {
        if (CurrentTurn is { } ended) CloseRatings(ended);
        var drawer = NextDrawer(presence);
        if (drawer is null)
        {
            Finish(now);
            return;
        }
        _drawnThisRound.Add(drawer.PlayerId);
        var dealSize = DealSize(Rules.WordChoices, _deck.Count);
        CurrentTurn = new Turn(_nextTurnId++, Round, drawer.PlayerId, Deal(dealSize), dealSize, now, now + Timings.Choosing);
        Phase = GamePhase.Choosing;
        Raise(new TurnStartedDomainEvent(CurrentTurn.Id));
    }

    private static int DealSize(int wordChoices, int deckSize) => Math.Min(wordChoices, deckSize);

    /// <summary>The deck's next words, from its start again once it is used up.</summary>
    private string[] Deal(int count)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++) words[i] = _deck[_deckPosition++ % _deck.Count];
        return words;
    }

    /// <summary>The next connected player in join order who has not drawn this round, moving to the next round when all have.</summary>
    private Participant? NextDrawer(IPresence presence)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var next = _participants
                .Where(p => presence.IsConnected(p.PlayerId) && !_drawnThisRound.Contains(p.PlayerId))
                .MinBy(p => p.JoinOrder);
            if (next is not null) return next;
            if (Round >= Rules.Rounds) return null;
            Round++;
            _drawnThisRound.Clear();
        }
        return null;
    }

    private void BeginDrawing(Turn turn, string wordText, DateTimeOffset now, IRandomSource random, IPresence presence)
    {
        var word = new Word(wordText);
        turn.Word = word;
        turn.PhaseStartedAt = now;
        turn.DrawingStartedAt = now;
        turn.PhaseEndsAt = now + TimeSpan.FromSeconds(Rules.DrawingSeconds);
        turn.EligibleGuessers = _participants.Where(p => p.PlayerId != turn.DrawerId && IsPresent(p.PlayerId, now, presence)).Select(p => p.PlayerId).ToHashSet();
        turn.DrawRateLimit = new DrawRateLimit(now);
        ScheduleHints(turn, word, now, random);
        if (FindParticipant(turn.DrawerId) is { } drawer) drawer.TurnsDrawn++;
        Phase = GamePhase.Drawing;
        Raise(new DrawingStartedDomainEvent(turn.Id));
    }

    /// <summary>Hints reveal at most half of the letters, at evenly spaced moments of the drawing phase.</summary>
    private void ScheduleHints(Turn turn, Word word, DateTimeOffset now, IRandomSource random)
    {
        var letters = word.LetterPositions.ToList();
        var count = Math.Min(Rules.Hints, letters.Count / 2);
        var positions = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = random.Next(letters.Count);
            positions.Add(letters[pick]);
            letters.RemoveAt(pick);
        }
        turn.HintPositions = positions;
        var drawing = TimeSpan.FromSeconds(Rules.DrawingSeconds);
        turn.HintTimes = Enumerable.Range(1, count).Select(k => now + drawing * k / (count + 1)).ToArray();
    }

    private void EndTurnIfEveryoneGuessed(DateTimeOffset now, IPresence presence)
    {
        if (Phase == GamePhase.Drawing && CurrentTurn is { } turn && EveryoneStillHereGuessed(turn, now, presence)) EndTurn(turn, TurnEndReason.AllGuessed, now);
    }

    /// <summary>
    /// Every eligible guesser who is still here has guessed. A guesser disconnected for less than the
    /// grace period still counts as here, so a page reload does not end the turn for everyone.
    /// </summary>
    private bool EveryoneStillHereGuessed(Turn turn, DateTimeOffset now, IPresence presence)
    {
        var stillHere = turn.EligibleGuessers
            .Where(id => FindParticipant(id) is not null && IsPresent(id, now, presence))
            .ToList();
        return stillHere.Count > 0 && stillHere.All(turn.HasGuessed);
    }

    /// <summary>Connected, or disconnected for less than the grace period (a page reload).</summary>
    private bool IsPresent(PlayerId playerId, DateTimeOffset now, IPresence presence) =>
        presence.IsConnected(playerId) || now < presence.DisconnectedAt(playerId) + Timings.DisconnectGrace;

    /// <summary>When each disconnected, not yet guessing eligible player stops holding up the turn.</summary>
    private IEnumerable<DateTimeOffset> AbsentGuesserDeadlines(Turn turn, IPresence presence) =>
        turn.EligibleGuessers
            .Where(id => FindParticipant(id) is not null && !presence.IsConnected(id) && !turn.HasGuessed(id))
            .Select(presence.DisconnectedAt)
            .OfType<DateTimeOffset>()
            .Select(since => since + Timings.DisconnectGrace);

    private void EndTurn(Turn turn, TurnEndReason reason, DateTimeOffset now)
    {
        turn.EndReason = reason;
        turn.DrawerGraceEndsAt = null;
        if (reason == TurnEndReason.DrawerLeft)
        {
            turn.ClearPoints();
        }
        else
        {
            var correct = turn.EligibleGuessers.Count(turn.HasGuessed);
            turn.SetPoints(turn.DrawerId, Scoring.DrawerPoints(correct, turn.EligibleGuessers.Count));
        }
        foreach (var (playerId, points) in turn.Points)
        {
            if (FindParticipant(playerId) is not { } participant) continue;
            participant.Score += points;
            if (playerId == turn.DrawerId) participant.DrawerPoints += points;
        }
        Phase = GamePhase.Reveal;
        turn.PhaseStartedAt = now;
        turn.PhaseEndsAt = now + Timings.Reveal;
        Raise(new TurnEndedDomainEvent(turn.Id, reason));
    }

    /// <summary>The turn's ratings become final when the next turn starts: its drawer receives the likes.</summary>
    private void CloseRatings(Turn turn)
    {
        if (turn.Word is not { } word) return;
        var drawer = FindParticipant(turn.DrawerId);
        if (drawer is not null) drawer.LikesReceived += turn.Likes;
        _drawings.Add(new RatedDrawing(turn.Id, turn.Round, turn.DrawerId, drawer?.Name ?? string.Empty, word.Text, turn.Likes, turn.Dislikes));
    }

    private void Finish(DateTimeOffset now)
    {
        Phase = GamePhase.GameOver;
        FinishedAt = now;
        Raise(new GameFinishedDomainEvent(Id));
    }

    private void Stop()
    {
        IsStopped = true;
        Raise(new GameStoppedDomainEvent(Id));
    }

    private Turn EnsureDrawer(PlayerId playerId)
    {
        if (CurrentTurn is not { } turn || turn.DrawerId != playerId || !IsRunning)
            throw new GameRuleException(ErrorCodes.NotDrawer, "Only the drawer can do that.");
        return turn;
    }

    private void EnsurePhase(GamePhase phase)
    {
        if (Phase != phase)
            throw new GameRuleException(ErrorCodes.WrongPhase, $"Not allowed in the {Phase.ToString().ToLowerInvariant()} phase.");
    }

    private Canvas EnsureCanDraw(PlayerId playerId, DateTimeOffset now)
    {
        var turn = EnsureDrawer(playerId);
        EnsurePhase(GamePhase.Drawing);
        turn.DrawRateLimit!.Take(now);
        return turn.Canvas;
    }
}
