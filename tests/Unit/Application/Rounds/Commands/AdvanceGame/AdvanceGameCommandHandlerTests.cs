using DrawGuess.Application.Common.Ports;
using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rounds;
using DrawGuess.Application.Rounds.Commands.AdvanceGame;
using DrawGuess.Application.SharedKernel;
using DrawGuess.Domain.Rounds;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace DrawGuess.UnitTests.Application.Rounds.Commands.AdvanceGame;

/// <summary>
/// The game's one timer (word choice, hints, drawing time, reveal) fired early, on time, late and twice,
/// over many seeded runs: nothing happens before its deadline, a timer is always pending while the game
/// runs, and the game still reaches its end.
/// </summary>
public sealed class AdvanceGameCommandHandlerTests
{
    private static readonly double[] OffsetsMs = [-5000, -1, -0.0001, 0, 1, 700, 20_000];

    [Fact]
    public async Task Any_sequence_of_early_late_and_duplicate_timers_moves_the_game_only_when_due_and_to_its_end()
    {
        for (var seed = 1; seed <= 100; seed++) await RunModel(new Random(seed), seed);
    }

    private static async Task RunModel(Random random, int seed)
    {
        var t = TestGame.Start(players: 3, rounds: 2, drawingSeconds: 30, hints: 2);
        var scheduler = new RecordingScheduler();
        var games = Substitute.For<IGameRepository>();
        games.FindAsync(t.Game.RoomId, Arg.Any<RoomFence?>(), Arg.Any<CancellationToken>()).Returns(t.Game);
        var members = Substitute.For<IRoomMembers>();
        members.PresenceAsync(default!, default).ReturnsForAnyArgs(t.Presence);
        var services = new ServiceCollection().AddSingleton<IRoomStateStore<Game>>(new GameStore(games, scheduler, members)).BuildServiceProvider();
        var handler = new AdvanceGameCommandHandler(new GameAudience(members), t.Clock, t.Random);
        var key = GameStore.TimerKey(t.Game.RoomId);
        await RoomUnits.RunAsync(services, t.Game.RoomId, room =>
        {
            room.Add(t.Game);
            return Task.FromResult(0);
        });
        var fired = new List<AdvanceGameCommand>();

        for (var step = 0; step < 400 && t.Game.IsRunning; step++)
        {
            scheduler.Pending.ShouldContainKey(key, $"seed {seed}: a running game lost its timer");
            var dueAt = scheduler.Pending[key].DueAt;
            dueAt.ShouldBe(t.NextDueAt!.Value, $"seed {seed}");
            AdvanceGameCommand command;
            if (fired.Count > 0 && random.Next(5) == 0)
            {
                command = fired[random.Next(fired.Count)]; // a duplicate, while the real timer stays pending
            }
            else
            {
                command = (AdvanceGameCommand)scheduler.Take(key);
                var target = dueAt + TimeSpan.FromTicks((long)(OffsetsMs[random.Next(OffsetsMs.Length)] * TimeSpan.TicksPerMillisecond));
                if (target > t.Clock.Now) t.Clock.Now = target;
            }
            fired.Add(command);
            var before = State(t.Game);

            await RoomUnits.RunAsync(services, t.Game.RoomId, room => handler.Handle(command, room, CancellationToken.None));

            if (t.Clock.Now < dueAt) State(t.Game).ShouldBe(before, $"seed {seed}: the game moved before its deadline");
        }

        t.Game.Phase.ShouldBe(GamePhase.GameOver, $"seed {seed}");
        scheduler.Pending.ShouldNotContainKey(key);
    }

    private static (GamePhase, int, string?) State(Game game) => (game.Phase, game.CurrentTurn!.Id, game.CurrentTurn.Hint);
}
