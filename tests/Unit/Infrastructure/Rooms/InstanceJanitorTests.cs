using DrawGuess.Application.Players.Contracts;
using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Infrastructure.Rooms.Redis;
using DrawGuess.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;

namespace DrawGuess.UnitTests.Infrastructure.Rooms;

/// <summary>
/// When an instance's players are taken for orphans: a heartbeat that ran out while Redis was away from
/// this instance too (a failover) must not cost a live instance its players.
/// </summary>
public sealed class InstanceJanitorTests
{
    private readonly ManualClock _clock = new();
    private readonly SilentOtherInstance _orphans = new();
    private readonly InstanceJanitor _janitor;

    public InstanceJanitorTests() =>
        _janitor = new InstanceJanitor(new ServerInstance(), _orphans, new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
            _clock, NullLogger<InstanceJanitor>.Instance);

    /// <summary>The beats that go through before this instance has beaten for as long as a beat lasts.</summary>
    private static readonly int BeatsBeforeAnyClaim = (int)(InstanceJanitor.PresumedDeadAfter / InstanceJanitor.Heartbeat);

    [Fact]
    public async Task A_silent_instance_is_claimed_once_this_one_has_beaten_for_as_long_as_a_beat_lasts()
    {
        await BeatAsync(BeatsBeforeAnyClaim);
        _orphans.Claims.ShouldBe(0, "claimed before this instance had beaten for as long as a beat lasts");

        await BeatAsync(1);

        _orphans.Claims.ShouldBe(1);
    }

    [Fact]
    public async Task After_an_outage_the_others_get_a_full_beat_to_come_back_before_any_claim()
    {
        await BeatAsync(BeatsBeforeAnyClaim + 1);
        _orphans.RedisAway = true;
        await BeatAsync(6);
        _orphans.RedisAway = false;

        await BeatAsync(BeatsBeforeAnyClaim);
        _orphans.Claims.ShouldBe(1, "claimed another instance's players before it could beat again after the outage");

        await BeatAsync(1);
        _orphans.Claims.ShouldBe(2);
    }

    /// <summary>Ticks <paramref name="count"/> times, a heartbeat apart, as the janitor's timer does.</summary>
    private async Task BeatAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _janitor.TickAsync();
            _clock.Advance(InstanceJanitor.Heartbeat);
        }
    }

    /// <summary>Another instance that never beats (its claim hands over no connection), on a Redis that can go away.</summary>
    private sealed class SilentOtherInstance : IOrphanedConnections
    {
        public bool RedisAway { get; set; }
        public int Claims { get; private set; }

        public Task BeatAsync(string instanceId, TimeSpan aliveFor) =>
            RedisAway ? Task.FromException(new RedisConnectionException(ConnectionFailureType.SocketClosed, "primary gone")) : Task.CompletedTask;

        public Task ForgetAsync(string instanceId) => Task.CompletedTask;

        public Task<IReadOnlyList<string>> SilentInstancesAsync(string self) => Task.FromResult<IReadOnlyList<string>>(["other"]);

        public Task<IReadOnlyList<string>?> ClaimAsync(string instanceId)
        {
            Claims++;
            return Task.FromResult<IReadOnlyList<string>?>(null);
        }
    }
}
