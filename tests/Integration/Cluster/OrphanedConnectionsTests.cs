using DrawGuess.Infrastructure.Common.Redis;
using DrawGuess.Infrastructure.Players.Redis;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// A dead instance's connections on one real Redis: handed to one claimant only, and to none once the instance beats
/// again (its beats held up by a Redis failover, then back between a janitor's check and its claim).
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class OrphanedConnectionsTests(RedisServer redis) : IAsyncLifetime
{
    private readonly RedisKeys _keys = new(Options.Create(new RedisOptions { KeyPrefix = RedisServer.UniqueKeyPrefix() }));
    private RedisConnection _connection = null!;

    public Task InitializeAsync()
    {
        var configuration = RedisServer.Configuration(redis.ConnectionString);
        _connection = new RedisConnection(configuration, NullLogger<RedisConnection>.Instance);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        _connection.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_silent_instances_connections_go_to_one_claimant_only()
    {
        var orphans = new RedisOrphanedConnections(_connection, _keys);
        await orphans.BeatAsync("dead", TimeSpan.FromMilliseconds(1));
        await orphans.BeatAsync("self", TimeSpan.FromMinutes(1));
        await _connection.Database.SetAddAsync(_keys.InstanceConnections("dead"), ["c1", "c2"]);
        await Task.Delay(50);

        (await orphans.SilentInstancesAsync("self")).ShouldBe(["dead"]);
        (await orphans.ClaimAsync("dead"))!.Order().ShouldBe(["c1", "c2"]);
        (await orphans.ClaimAsync("dead")).ShouldBeNull();
        (await orphans.SilentInstancesAsync("self")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_instance_that_beats_again_before_the_claim_keeps_its_connections()
    {
        var orphans = new RedisOrphanedConnections(_connection, _keys);
        await orphans.BeatAsync("late", TimeSpan.FromMilliseconds(1));
        await _connection.Database.SetAddAsync(_keys.InstanceConnections("late"), ["c1"]);
        await Task.Delay(50);
        (await orphans.SilentInstancesAsync("self")).ShouldBe(["late"]);

        await orphans.BeatAsync("late", TimeSpan.FromMinutes(1));

        (await orphans.ClaimAsync("late")).ShouldBeNull();
        (await _connection.Database.SetMembersAsync(_keys.InstanceConnections("late"))).Length.ShouldBe(1);
    }
}
