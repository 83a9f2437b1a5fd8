using DrawGuess.Infrastructure.Common;
using DrawGuess.UnitTests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using NSubstitute;

namespace DrawGuess.UnitTests.Infrastructure.Common;

public sealed class InProcessCommandSchedulerTests : IDisposable
{
    private readonly HandFiredClock _clock = new();
    private readonly IMediator _mediator = Substitute.For<IMediator>();
    private readonly ServiceProvider _services;
    private readonly InProcessCommandScheduler _scheduler;
    private readonly Ping _ping = new();

    public InProcessCommandSchedulerTests()
    {
        _services = new ServiceCollection().AddSingleton(_mediator).BuildServiceProvider();
        _scheduler = new InProcessCommandScheduler(_clock, _services.GetRequiredService<IServiceScopeFactory>(), NullLogger<InProcessCommandScheduler>.Instance);
    }

    public void Dispose()
    {
        _scheduler.Dispose();
        _services.Dispose();
    }

    private int Sent => _mediator.ReceivedCalls().Count(call => ReferenceEquals(call.GetArguments()[0], _ping));

    [Fact]
    public async Task A_timer_that_wakes_before_its_due_time_sends_nothing_and_waits_for_the_rest()
    {
        var dueAt = _clock.Now + TimeSpan.FromSeconds(5);
        await _scheduler.ScheduleAsync("seat", dueAt, _ping);

        _clock.Now = dueAt - TimeSpan.FromTicks(1);
        _clock.FireArmed();

        Sent.ShouldBe(0);
        _clock.Armed.ShouldHaveSingleItem().DueTime.ShouldBe(TimeSpan.FromMilliseconds(1));

        _clock.Now = dueAt;
        _clock.FireArmed();

        Sent.ShouldBe(1);
        _clock.Armed.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_delay_between_two_milliseconds_is_rounded_up_since_system_timers_truncate_it()
    {
        await _scheduler.ScheduleAsync("seat", _clock.Now + TimeSpan.FromTicks(49_997_000), _ping);

        _clock.Armed.ShouldHaveSingleItem().DueTime.ShouldBe(TimeSpan.FromMilliseconds(5000));
    }

    [Fact]
    public async Task A_timer_replaced_or_cancelled_while_its_callback_was_on_its_way_sends_nothing()
    {
        var dueAt = _clock.Now + TimeSpan.FromSeconds(1);
        await _scheduler.ScheduleAsync("replaced", dueAt, _ping);
        await _scheduler.ScheduleAsync("cancelled", dueAt, _ping);
        var onTheirWay = _clock.Armed.ToArray();
        await _scheduler.ScheduleAsync("replaced", dueAt + TimeSpan.FromSeconds(10), new Ping());
        await _scheduler.CancelAsync("cancelled");

        _clock.Now = dueAt;
        foreach (var timer in onTheirWay) timer.Fire();

        Sent.ShouldBe(0);
    }

    [Fact]
    public async Task A_late_timer_sends_its_command_once()
    {
        await _scheduler.ScheduleAsync("turn", _clock.Now + TimeSpan.FromSeconds(1), _ping);
        var timer = _clock.Armed.ShouldHaveSingleItem();

        _clock.Now += TimeSpan.FromMinutes(5);
        timer.Fire();
        timer.Fire();

        Sent.ShouldBe(1);
    }

    private sealed record Ping : IRequest<Unit>;

    /// <summary>A clock whose timers fire only when the test fires them, at whatever time it has set: early, late or twice.</summary>
    private sealed class HandFiredClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = ManualClock.DefaultStart;

        public List<Timer> Armed { get; } = [];

        public override DateTimeOffset GetUtcNow() => Now;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new Timer(this, () => callback(state), dueTime);
            Armed.Add(timer);
            return timer;
        }

        public void FireArmed()
        {
            foreach (var timer in Armed.ToArray()) timer.Fire();
        }

        public sealed class Timer(HandFiredClock clock, Action callback, TimeSpan dueTime) : ITimer
        {
            public TimeSpan DueTime { get; } = dueTime;

            public void Fire() => callback();

            public bool Change(TimeSpan dueTime, TimeSpan period) => throw new NotSupportedException();

            public void Dispose() => clock.Armed.Remove(this);

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
