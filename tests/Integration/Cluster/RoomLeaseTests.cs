using DrawGuess.Application.Common.Ports;
using DrawGuess.Domain.SharedKernel;
using DrawGuess.Infrastructure.Common;
using DrawGuess.Infrastructure.Common.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// Two instances' room locks on one real Redis. An instance keeps a room's lease for its next commands
/// for a while; another instance must still get its turn, and never at the same time.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RoomLeaseTests(RedisServer redis) : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    [Fact]
    public async Task An_instance_gets_its_turn_on_a_room_another_instance_keeps_busy_with_back_to_back_commands()
    {
        var options = Options(keptFor: TimeSpan.FromMilliseconds(100), wait: TimeSpan.FromSeconds(1));
        var (busy, other) = (Instance(options), Instance(options));
        var room = RoomId.New();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        var commandsOnBusy = 0;
        var busyCommands = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using (await busy.AcquireAsync(room, CancellationToken.None)) await Task.Delay(2);
                Interlocked.Increment(ref commandsOnBusy);
            }
        });

        while (Volatile.Read(ref commandsOnBusy) < 3) await Task.Delay(5);
        for (var i = 0; i < 5; i++)
        {
            using (await other.AcquireAsync(room, CancellationToken.None)) await Task.Delay(2);
        }
        await stop.CancelAsync();
        await busyCommands;
    }

    [Fact]
    public async Task An_instance_alone_on_a_busy_room_keeps_its_lease_past_the_kept_time_and_lets_it_go_once_the_room_is_quiet()
    {
        // A kept time long enough that a busy test machine's scheduling pauses between two commands and
        // the sweep's extensions stay inside it (400 ms failed at a load average of 20, 1.5 s once in CI).
        var options = Options(keptFor: TimeSpan.FromSeconds(3), wait: TimeSpan.FromSeconds(1));
        var busy = Instance(options);
        var room = RoomId.New();
        var keys = new RedisKeys(options);
        await using var reader = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        using (await busy.AcquireAsync(room, CancellationToken.None))
        {
        }
        var firstGrant = await reader.GetDatabase().StringGetAsync(keys.RoomLeaseLastGranted(room));

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(9);
        while (DateTime.UtcNow < until)
        {
            using (await busy.AcquireAsync(room, CancellationToken.None)) await Task.Delay(5);
        }

        (await reader.GetDatabase().StringGetAsync(keys.RoomLeaseLastGranted(room))).ShouldBe(firstGrant, "three kept times of back-to-back commands, one grant");
        await Task.Delay(TimeSpan.FromSeconds(8)); // the kept time and a sweep after the last command
        (await reader.GetDatabase().KeyExistsAsync(keys.RoomLease(room))).ShouldBeFalse("a quiet room's lease is let go, not extended");
    }

    [Fact]
    public async Task Commands_of_two_instances_on_one_room_never_overlap()
    {
        var options = Options(keptFor: TimeSpan.FromMilliseconds(50), wait: TimeSpan.FromSeconds(5));
        var room = RoomId.New();
        var inside = 0;
        var overlaps = 0;
        var runs = new[] { Instance(options), Instance(options) }.Select(locks => Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                using (await locks.AcquireAsync(room, CancellationToken.None))
                {
                    if (Interlocked.Increment(ref inside) > 1) Interlocked.Increment(ref overlaps);
                    await Task.Delay(1);
                    Interlocked.Decrement(ref inside);
                }
            }
        }));

        await Task.WhenAll(runs);

        overlaps.ShouldBe(0);
    }

    [Fact]
    public async Task A_lease_kept_for_commands_that_will_not_come_is_let_go_when_its_instance_stops()
    {
        var options = Options(keptFor: TimeSpan.FromMinutes(1), wait: TimeSpan.FromSeconds(1));
        var stopping = Instance(options);
        var room = RoomId.New();
        var lease = new RedisKeys(options).RoomLease(room);
        await using var reader = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        using (await stopping.AcquireAsync(room, CancellationToken.None))
        {
        }
        (await reader.GetDatabase().KeyExistsAsync(lease)).ShouldBeTrue("kept for the instance's next commands");

        stopping.Dispose();

        // The release is sent without waiting for its reply; a lease waited out would take 30 s.
        var until = DateTime.UtcNow + TimeSpan.FromSeconds(1);
        while (await reader.GetDatabase().KeyExistsAsync(lease) && DateTime.UtcNow < until) await Task.Delay(10);
        (await reader.GetDatabase().KeyExistsAsync(lease)).ShouldBeFalse();
    }

    [Fact]
    public async Task An_instance_waiting_for_a_room_another_keeps_idle_gets_it_without_waiting_out_the_kept_time()
    {
        // Kept for 10 s (a third of the lease), waited for 1 s: only the holder letting go on request passes.
        var options = Options(keptFor: TimeSpan.FromMinutes(1), wait: TimeSpan.FromSeconds(1));
        var (holder, waiting) = (Instance(options), Instance(options));
        var room = RoomId.New();
        using (await holder.AcquireAsync(room, CancellationToken.None))
        {
        }

        using (await waiting.AcquireAsync(room, CancellationToken.None))
        {
        }
        using (await holder.AcquireAsync(room, CancellationToken.None))
        {
        }
    }

    [Fact]
    public async Task An_instance_waiting_for_a_room_gets_it_when_the_holders_command_ends_and_not_before()
    {
        // Kept for 10 s, waited for 5 s: the lease comes when the command ends, not at the end of its kept time.
        var options = Options(keptFor: TimeSpan.FromMinutes(1), wait: TimeSpan.FromSeconds(5));
        var (holder, waiting) = (Instance(options), Instance(options));
        var room = RoomId.New();
        Task<IRoomLock> waited;
        using (await holder.AcquireAsync(room, CancellationToken.None))
        {
            waited = waiting.AcquireAsync(room, CancellationToken.None);
            await Task.Delay(200);
            waited.IsCompleted.ShouldBeFalse("the room was taken while its holder's command ran");
        }

        (await waited).Dispose();
    }

    [Fact]
    public async Task An_instance_is_told_when_another_instance_held_a_room_since_its_own_last_lease_on_it()
    {
        var options = Options(keptFor: TimeSpan.FromMilliseconds(50), wait: TimeSpan.FromSeconds(5));
        var runsOnA = new NewRunsOfLeases();
        var (a, b) = (Instance(options, runsOnA), Instance(options));
        var room = RoomId.New();

        using (await a.AcquireAsync(room, CancellationToken.None))
        {
        }
        using (await a.AcquireAsync(room, CancellationToken.None))
        {
        }
        runsOnA.Rooms.ShouldBe([room], "A's second command continues its own run, whether it kept the lease or took a new one");

        using (await b.AcquireAsync(room, CancellationToken.None))
        {
        }
        using (await a.AcquireAsync(room, CancellationToken.None))
        {
        }
        runsOnA.Rooms.ShouldBe([room, room], "B held the room in between: what A keeps of it may be stale");
    }

    public void Dispose()
    {
        foreach (var owned in _owned) owned.Dispose();
    }

    private static IOptions<RedisOptions> Options(TimeSpan keptFor, TimeSpan wait) =>
        Microsoft.Extensions.Options.Options.Create(new RedisOptions
        {
            KeyPrefix = RedisServer.UniqueKeyPrefix(),
            RoomLease = TimeSpan.FromSeconds(30),
            RoomLeaseKeptFor = keptFor,
            RoomLeaseWait = wait,
        });

    private RedisRoomLocks Instance(IOptions<RedisOptions> options, NewRunsOfLeases? runs = null)
    {
        var configuration = RedisServer.Configuration(redis.ConnectionString);
        var connection = new RedisConnection(configuration, NullLogger<RedisConnection>.Instance);
        var locks = new RedisRoomLocks(connection, new RedisKeys(options), new ServerInstance(), [runs ?? new NewRunsOfLeases()], new GameMetrics(TimeProvider.System), options, TimeProvider.System);
        _owned.Add(connection);
        _owned.Insert(0, locks);
        return locks;
    }

    private sealed class NewRunsOfLeases : IRoomLeaseObserver
    {
        public List<RoomId> Rooms { get; } = [];

        public void NewRunOfLeases(RoomId roomId) => Rooms.Add(roomId);
    }
}
