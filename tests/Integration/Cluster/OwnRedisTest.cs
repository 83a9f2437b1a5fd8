using Xunit.Abstractions;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>Real servers on a redis-server of the test's own, which it may cut off or reconfigure without disturbing other tests.</summary>
public abstract class OwnRedisTest(ITestOutputHelper output) : RealServersTest(output)
{
    protected RedisServer Redis { get; private set; } = null!;

    public override async Task InitializeAsync() => Redis = await RedisServer.StartWithAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Redis.DisposeAsync();
    }
}
