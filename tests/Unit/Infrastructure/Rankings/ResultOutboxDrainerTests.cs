using System.Collections.Concurrent;
using DrawGuess.Infrastructure.Rankings.Outbox;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace DrawGuess.UnitTests.Infrastructure.Rankings;

public sealed class ResultOutboxDrainerTests
{
    [Fact]
    public async Task A_result_whose_store_fails_twice_is_stored_once_on_the_third_try_and_leaves_the_outbox()
    {
        var outbox = new InMemoryResultOutbox();
        var result = TestResults.AnyGame();
        await outbox.AddAsync(result, CancellationToken.None);
        var store = new FlakyRankingsStore(failures: 2);
        var timers = new ImmediateTimers();
        using var drainer = new ResultOutboxDrainer(outbox, store, timers, NullLogger<ResultOutboxDrainer>.Instance);

        await drainer.StartAsync(CancellationToken.None);
        await Eventually(() => outbox.Pending.Count == 0 && timers.Waits.Count >= 4);
        await drainer.StopAsync(CancellationToken.None);

        store.Attempts.ShouldBe(3);
        store.Stored.ShouldHaveSingleItem().GameId.ShouldBe(result.GameId);
        timers.Waits.Take(4).ShouldBe([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(2)]);
    }

    [Fact]
    public async Task A_result_the_store_already_has_leaves_the_outbox_without_a_second_copy()
    {
        var outbox = new InMemoryResultOutbox();
        var store = new FlakyRankingsStore(failures: 0);
        var result = TestResults.AnyGame();
        await store.SaveAsync(result, CancellationToken.None);
        await outbox.AddAsync(result, CancellationToken.None);
        using var drainer = new ResultOutboxDrainer(outbox, store, new ImmediateTimers(), NullLogger<ResultOutboxDrainer>.Instance);

        (await drainer.DrainAsync(CancellationToken.None)).ShouldBeTrue();

        outbox.Pending.ShouldBeEmpty();
        store.Stored.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task The_wait_doubles_from_two_seconds_while_the_store_fails_and_stops_growing_at_thirty()
    {
        var outbox = new InMemoryResultOutbox();
        await outbox.AddAsync(TestResults.AnyGame(), CancellationToken.None);
        var timers = new ImmediateTimers();
        using var drainer = new ResultOutboxDrainer(outbox, new FlakyRankingsStore(failures: int.MaxValue), timers, NullLogger<ResultOutboxDrainer>.Instance);

        await drainer.StartAsync(CancellationToken.None);
        await Eventually(() => timers.Waits.Count >= 7);
        await drainer.StopAsync(CancellationToken.None);

        timers.Waits.Take(7).Select(w => w.TotalSeconds).ShouldBe([2, 4, 8, 16, 30, 30, 30]);
        outbox.Pending.ShouldHaveSingleItem();
    }


    private static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The drainer did not get there in 10 s.");
            await Task.Delay(10);
        }
    }

    /// <summary>Records how long each wait would be and ends it at once, so the real loop runs without real waiting.</summary>
    private sealed class ImmediateTimers : TimeProvider
    {
        private readonly ConcurrentQueue<TimeSpan> _waits = new();

        public IReadOnlyCollection<TimeSpan> Waits => _waits.ToArray();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            _waits.Enqueue(dueTime);
            // Fired after CreateTimer returned: Task.Delay keeps the timer it is handed before its callback may run.
            _ = Task.Delay(1).ContinueWith(_ => callback(state), TaskScheduler.Default);
            return new NoTimer();
        }

        private sealed class NoTimer : ITimer
        {
            public bool Change(TimeSpan dueTime, TimeSpan period) => true;
            public void Dispose() { }
            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
