using DrawGuess.Domain.Rounds.Snapshots;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.Domain.Rounds;

// The stored form of a game, without its turn's canvas (stored beside it as a journal and replayed into
// the restored turn's empty canvas). Pending domain events are not state: they are dispatched before a save.
public sealed partial class Game
{
    public GameSnapshotV3 ToSnapshot() => new(
        Id.Value,
        RoomId.Value,
        RoomName,
        new GameRulesSnapshotV1(Rules.Rounds, Rules.DrawingSeconds, Rules.WordChoices, Rules.Hints),
        new GameTimingsSnapshotV1(Timings.Choosing, Timings.Reveal, Timings.DisconnectGrace),
        StartedAt,
        FinishedAt,
        Phase,
        Round,
        IsStopped,
        _participants.ConvertAll(p => p.ToSnapshot()),
        [.. _drawnThisRound.Select(p => p.Value)],
        _deck,
        _deckPosition,
        _nextTurnId,
        _lastAdvancedAt,
        CurrentTurn?.ToSnapshot(),
        _drawings.ConvertAll(d => new RatedDrawingSnapshotV2(d.TurnId, d.Round, d.DrawerId.Value, d.DrawerName, d.Word, d.Likes, d.Dislikes)));

    public static Game Restore(GameSnapshotV3 snapshot)
    {
        var (rules, timings) = (snapshot.Rules, snapshot.Timings);
        var game = new Game(new GameId(snapshot.Id), new RoomId(snapshot.RoomId), snapshot.RoomName,
            new GameRules(rules.Rounds, rules.DrawingSeconds, rules.WordChoices, rules.Hints),
            new GameTimings(timings.Choosing, timings.Reveal, timings.DisconnectGrace),
            [.. snapshot.Deck], snapshot.StartedAt)
        {
            FinishedAt = snapshot.FinishedAt,
            Phase = snapshot.Phase,
            Round = snapshot.Round,
            IsStopped = snapshot.IsStopped,
            CurrentTurn = snapshot.CurrentTurn is { } turn ? Turn.Restore(turn, DealSize(rules.WordChoices, snapshot.Deck.Count)) : null,
            _deckPosition = snapshot.DeckPosition,
            _nextTurnId = snapshot.NextTurnId,
            _lastAdvancedAt = snapshot.LastAdvancedAt,
        };
        game._participants.AddRange(snapshot.Participants.Select(Participant.Restore));
        foreach (var drawn in snapshot.DrawnThisRound) game._drawnThisRound.Add(new PlayerId(drawn));
        game._drawings.AddRange(snapshot.Drawings.Select(d =>
            new RatedDrawing(d.TurnId, d.Round, new PlayerId(d.DrawerId), d.DrawerName, d.Word, d.Likes, d.Dislikes)));
        return game;
    }
}
