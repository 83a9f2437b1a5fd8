using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;

namespace DrawGuess.UnitTests.Support;

/// <summary>A running <see cref="Game"/> with players P1..Pn (joined in that order), a manual clock and a fake random source.</summary>
internal sealed class TestGame
{
    public static readonly string[] DefaultDeck =
        ["elephant", "giraffe", "penguin", "rainbow", "volcano", "bicycle", "lighthouse", "snowman", "umbrella", "pyramid", "octopus", "rocket"];

    private TestGame(Game game, List<PlayerId> players, TestPresence presence, ManualClock clock, FakeRandom random)
    {
        Game = game;
        Presence = presence;
        Players = players;
        Clock = clock;
        Random = random;
    }

    public Game Game { get; }
    public List<PlayerId> Players { get; }
    /// <summary>Who is connected: the room's, which the game reads and never copies.</summary>
    public TestPresence Presence { get; }
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
        var ids = Enumerable.Range(1, players).Select(TestPlayers.Id).ToList();
        var presence = new TestPresence();
        foreach (var number in disconnected ?? []) presence.Disconnect(ids[number - 1], clock.Now);
        var game = Game.Start(GameId.New(), RoomId.New(), "Test room", new GameRules(rounds, drawingSeconds, wordChoices, hints),
            GameTimings.Standard,
            ids.Select((id, i) => (id, $"P{i + 1}", (long)i)),
            deck ?? DefaultDeck, presence, clock.Now);
        return new TestGame(game, ids, presence, clock, random);
    }

    public int Score(PlayerId player) => Game.FindParticipant(player)!.Score;

    public void Choose(int index = 0) => Game.ChooseWord(Drawer, index, Clock.Now, Random, Presence);

    /// <summary>The room marks the player's connection, then tells the game, as the Rounds handler does.</summary>
    public void SetConnected(PlayerId player, bool connected)
    {
        if (connected) Presence.Reconnect(player);
        else Presence.Disconnect(player, Clock.Now);
        Game.PresenceChanged(player, Presence, Clock.Now);
    }

    public DateTimeOffset? NextDueAt => Game.NextDueAt(Presence);

    /// <summary>Moves the clock and runs whatever is due.</summary>
    public void Wait(double seconds)
    {
        Clock.AdvanceSeconds(seconds);
        Game.Advance(Clock.Now, Random, Presence);
    }

    /// <summary>Sets the clock to an absolute moment and runs whatever is due.</summary>
    public void AdvanceTo(DateTimeOffset moment)
    {
        Clock.Now = moment;
        Game.Advance(Clock.Now, Random, Presence);
    }

    public GuessVerdict? Guess(PlayerId player, string text) => Game.SubmitGuess(player, text, Clock.Now, Presence);

    /// <summary>Choose the first option, let the drawing time run out, then let the reveal run out.</summary>
    public void PlayTurnToTimeUp()
    {
        Choose();
        AdvanceTo(Turn.PhaseEndsAt);
        AdvanceTo(Turn.PhaseEndsAt);
    }

    public IReadOnlyList<IDomainEvent> Events() => Game.DequeueDomainEvents();
}
