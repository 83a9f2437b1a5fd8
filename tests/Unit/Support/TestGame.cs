using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.UnitTests.Support;

/// <summary>A running <see cref="Game"/> with players P1..Pn (joined in that order), a manual clock and a fake random source.</summary>
internal sealed class TestGame
{
    public static readonly string[] DefaultDeck =
        ["elephant", "giraffe", "penguin", "rainbow", "volcano", "bicycle", "lighthouse", "snowman", "umbrella", "pyramid", "octopus", "rocket"];

    private TestGame(Game game, List<PlayerId> players, ManualClock clock, FakeRandom random)
    {
        Game = game;
        Players = players;
        Clock = clock;
        Random = random;
    }

    public Game Game { get; }
    public List<PlayerId> Players { get; }
    public ManualClock Clock { get; }
    public FakeRandom Random { get; }
    public DateTimeOffset StartedAt => Game.StartedAt;
    public Turn Turn => Game.CurrentTurn!;
    public PlayerId Drawer => Turn.DrawerId;

    /// <summary>Player n (1-based), joined n-th.</summary>
    public PlayerId P(int number) => Players[number - 1];

    public static TestGame Start(int players = 3, int rounds = 1, int drawingSeconds = 90, int wordChoices = 3, int hints = 0,
        IReadOnlyList<string>? deck = null, IEnumerable<int>? disconnected = null)
    {
        var clock = new ManualClock();
        var random = new FakeRandom();
        var offline = (disconnected ?? []).ToHashSet();
        var ids = Enumerable.Range(1, players).Select(TestPlayers.Id).ToList();
        var game = Game.Start(GameId.New(), RoomId.New(), "Test room", new GameRules(rounds, drawingSeconds, wordChoices, hints),
            GameTimings.Standard,
            ids.Select((id, i) => (id, $"P{i + 1}", (long)i, !offline.Contains(i + 1))),
            deck ?? DefaultDeck, clock.Now);
        return new TestGame(game, ids, clock, random);
    }

    public int Score(PlayerId player) => Game.FindParticipant(player)!.Score;

    public void Choose(int index = 0) => Game.ChooseWord(Drawer, index, Clock.Now, Random);

    /// <summary>Moves the clock and runs whatever is due.</summary>
    public void Wait(double seconds)
    {
        Clock.AdvanceSeconds(seconds);
        Game.Advance(Clock.Now, Random);
    }

    /// <summary>Sets the clock to an absolute moment and runs whatever is due.</summary>
    public void AdvanceTo(DateTimeOffset moment)
    {
        Clock.Now = moment;
        Game.Advance(Clock.Now, Random);
    }

    public GuessVerdict? Guess(PlayerId player, string text) => Game.SubmitGuess(player, text, Clock.Now);

    /// <summary>Choose the first option, let the drawing time run out, then let the reveal run out.</summary>
    public void PlayTurnToTimeUp()
    {
        Choose();
        AdvanceTo(Turn.PhaseEndsAt);
        AdvanceTo(Turn.PhaseEndsAt);
    }

    public IReadOnlyList<IDomainEvent> Events() => Game.DequeueDomainEvents();
}
