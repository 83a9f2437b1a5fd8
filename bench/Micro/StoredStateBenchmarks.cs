using BenchmarkDotNet.Attributes;
using DrawGuess.Domain.Common;
using DrawGuess.Domain.Rounds;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Rounds.Redis;

/// <summary>
/// What the Redis adapter does to a game on every save and on every load by another pod: its state as
/// JSON, canvas left out (8 players, second turn, 30 s of drawing, a hint shown, two players guessed).
/// </summary>
[MemoryDiagnoser]
public class StoredStateBenchmarks
{
    private Game _game = null!;
    private byte[] _stored = [];

    private sealed class FixedRandom : IRandomSource { public int Next(int maxExclusive) => 0; }

    [GlobalSetup]
    public void Setup()
    {
        var now = DateTimeOffset.UtcNow;
        var random = new FixedRandom();
        var presence = EveryoneConnected.Presence;
        var players = Enumerable.Range(0, 8).Select(i => (PlayerId.New(), $"player {i}", (long)i)).ToArray();
        _game = Game.Start(GameId.New(), RoomId.New(), "bench", new GameRules(3, 90, 3, 2), GameTimings.Standard,
            players, ["ice cream", "giraffe", "penguin", "rainbow", "volcano", "bicycle"], presence, now);
        _game.ChooseWord(_game.CurrentTurn!.DrawerId, 0, now, random, presence);
        foreach (var (id, _, _) in players) _game.SubmitGuess(id, "ice cream", now, presence);
        now = _game.CurrentTurn!.PhaseEndsAt;
        _game.Advance(now, random, presence);
        _game.ChooseWord(_game.CurrentTurn!.DrawerId, 1, now, random, presence);
        var points = Enumerable.Range(0, 16).Select(i => i % 2 == 0 ? 800 + i : 450 + i).ToArray();
        for (var b = 0; b < 900; b++)
        {
            now = now.AddMilliseconds(34);
            _game.DrawStroke(_game.CurrentTurn!.DrawerId, 1 + b / 30, DrawingTool.Pen, 3, 1, points, now);
        }
        _game.Advance(now, random, presence);
        _game.SubmitGuess(players[3].Item1, "volcano", now, presence);
        _game.SubmitGuess(players[4].Item1, "volcano", now, presence);
        _game.DequeueDomainEvents();
        _stored = Serialize();
    }

    [Benchmark] public byte[] Serialize() => StoredGame.Write(_game);

    [Benchmark] public Game Deserialize() => StoredGame.Read(_stored);
}
