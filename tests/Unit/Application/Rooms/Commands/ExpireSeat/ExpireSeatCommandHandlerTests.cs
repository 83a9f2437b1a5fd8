using DrawGuess.Application.Common.UnitOfWork;
using DrawGuess.Application.Rooms;
using DrawGuess.Application.Rooms.Commands.ExpireSeat;
using DrawGuess.Domain.Rooms;
using DrawGuess.Domain.Rooms.Events;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Rooms;
using DrawGuess.UnitTests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DrawGuess.UnitTests.Application.Rooms.Commands.ExpireSeat;

/// <summary>
/// Seat expiry whenever its timer fires: a little early, exactly on time, late, twice, or as a stale
/// duplicate after the player came back and dropped again. The seat goes exactly once, never before the hold.
/// </summary>
public sealed class ExpireSeatCommandHandlerTests
{
    private static readonly TimeSpan Hold = TimeSpan.FromSeconds(5);
    private static readonly PlayerId Host = TestPlayers.Id(1);
    private static readonly PlayerId Bob = TestPlayers.Id(2);

    private readonly ManualClock _clock = new();
    private readonly InMemoryRoomRepository _rooms = new();
    private readonly RecordingScheduler _scheduler = new();
    private readonly List<PlayerLeftRoomDomainEvent> _departures = [];
    private readonly IServiceProvider _services;
    private readonly ExpireSeatCommandHandler _handler;
    private readonly Room _room;
    private readonly string _seatKey;
    private DateTimeOffset _disconnectedAt;

    public ExpireSeatCommandHandlerTests()
    {
        _services = new ServiceCollection()
            .AddSingleton<IRoomStateStore<Room>>(new RoomStore(_rooms))
            .AddSingleton<IRoomEventHandler<PlayerLeftRoomDomainEvent>>(new Recorder<PlayerLeftRoomDomainEvent>(_departures))
            .BuildServiceProvider();
        _handler = new ExpireSeatCommandHandler(_scheduler, _clock, Options.Create(new RoomsOptions { SeatHold = Hold }));
        _room = Room.Create(RoomId.New(), new RoomCode("ABCDEF"), new RoomSettings("Fun room", true, 8, 3, 80, 3, 2, Language.English, [], false),
            Host, "Host", _clock.Now);
        _room.Join(Bob, "Bob");
        _rooms.AddAsync(_room, fence: null, CancellationToken.None).Wait();
        _seatKey = SeatTimer.Key(_room.Id, Bob);
    }

    private DateTimeOffset HeldUntil => _disconnectedAt + Hold;

    private static TimeSpan Milliseconds(double value) => TimeSpan.FromTicks((long)(value * TimeSpan.TicksPerMillisecond));

    private int TimesReleased => _departures.Count(left => left is { Reason: DepartureReason.TimedOut } && left.PlayerId == Bob);

    /// <summary>What DisconnectPlayer does.</summary>
    private Task Drop()
    {
        _disconnectedAt = _clock.Now;
        _room.MarkDisconnected(Bob, _disconnectedAt);
        return _scheduler.ScheduleAsync(_seatKey, HeldUntil, new ExpireSeatCommand(_room.Id, Bob));
    }

    /// <summary>What Resume and JoinRoom do.</summary>
    private Task ComeBack()
    {
        _room.MarkConnected(Bob);
        return _scheduler.CancelAsync(_seatKey);
    }

    private async Task FireAt(DateTimeOffset when, IRequest<Unit> command)
    {
        if (when > _clock.Now) _clock.Now = when;
        await RoomUnits.RunAsync(_services, _room.Id, room => _handler.Handle((ExpireSeatCommand)command, room, CancellationToken.None));
        if (!_room.IsMember(Bob)) _clock.Now.ShouldBeGreaterThanOrEqualTo(HeldUntil, "the seat was released before its hold was over");
    }

    [Theory]
    [InlineData(-1000)]
    [InlineData(-1)]
    [InlineData(-0.0001)] // one tick
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(30_000)]
    public async Task A_seat_is_released_exactly_once_and_never_before_its_hold_whenever_the_timer_fires(double offsetMs)
    {
        await Drop();
        var command = _scheduler.Take(_seatKey);

        await FireAt(HeldUntil + Milliseconds(offsetMs), command);
        await FireAt(_clock.Now, command);
        while (_scheduler.Pending.Remove(_seatKey, out var next)) await FireAt(next.DueAt, next.Command);

        _room.IsMember(Bob).ShouldBeFalse();
        TimesReleased.ShouldBe(1);
    }

    [Fact]
    public async Task A_timer_that_fires_early_schedules_itself_again_for_the_end_of_the_hold()
    {
        await Drop();

        await FireAt(HeldUntil - TimeSpan.FromMilliseconds(3), _scheduler.Take(_seatKey));

        _room.IsMember(Bob).ShouldBeTrue();
        _scheduler.Pending[_seatKey].DueAt.ShouldBe(HeldUntil);
    }

    [Fact]
    public async Task A_stale_timer_from_an_earlier_drop_keeps_the_seat_of_a_player_who_dropped_again_until_the_new_hold_ends()
    {
        await Drop();
        var stale = _scheduler.Take(_seatKey);
        _clock.Advance(TimeSpan.FromSeconds(2));
        await ComeBack();
        _clock.Advance(TimeSpan.FromSeconds(1));
        await Drop();

        await FireAt(_disconnectedAt - TimeSpan.FromSeconds(3) + Hold, stale);

        _room.IsMember(Bob).ShouldBeTrue();
        _scheduler.Pending[_seatKey].DueAt.ShouldBe(HeldUntil);
    }

    /// <summary>
    /// A model of everything a timer can do, over many seeded runs: fire around its due time (before,
    /// on, after), fire again, or be outlived by a reconnect and a new drop. Invariants: the seat never
    /// goes before its hold is over, goes at most once, and while it is held a timer is always pending.
    /// </summary>
    [Fact]
    public async Task Any_sequence_of_early_late_and_duplicate_timers_releases_the_seat_once_after_the_hold()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var run = new ExpireSeatCommandHandlerTests();
            await run.RunModel(new Random(seed), seed);
        }
    }

    private async Task RunModel(Random random, int seed)
    {
        double[] offsetsMs = [-2000, -1, -0.0001, 0, 0.0001, 1, 250, 10_000];
        await Drop();
        var fired = new List<IRequest<Unit>>();
        for (var step = 0; step < 12 && _room.IsMember(Bob); step++)
        {
            switch (random.Next(4))
            {
                case 0 when fired.Count > 0:
                    await FireAt(_clock.Now, fired[random.Next(fired.Count)]);
                    break;
                case 1 when _clock.Now < HeldUntil:
                    _clock.Advance(TimeSpan.FromMilliseconds(random.Next(1, 4000)));
                    if (_clock.Now >= HeldUntil) break;
                    await ComeBack();
                    _clock.Advance(TimeSpan.FromMilliseconds(random.Next(0, 500)));
                    await Drop();
                    break;
                default:
                    var dueAt = _scheduler.Pending[_seatKey].DueAt;
                    var command = _scheduler.Take(_seatKey);
                    fired.Add(command);
                    await FireAt(dueAt + Milliseconds(offsetsMs[random.Next(offsetsMs.Length)]), command);
                    break;
            }
            if (_room.IsMember(Bob)) _scheduler.Pending.ShouldContainKey(_seatKey, $"seed {seed}: a held seat lost its timer");
        }
        while (_scheduler.Pending.Remove(_seatKey, out var next)) await FireAt(next.DueAt, next.Command);
        foreach (var command in fired) await FireAt(_clock.Now, command);

        _room.IsMember(Bob).ShouldBeFalse($"seed {seed}");
        TimesReleased.ShouldBe(1, $"seed {seed}");
    }
}
