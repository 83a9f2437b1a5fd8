using System.Diagnostics;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// Redis as production runs it (gitops/components/redis): a primary, two replicas and three Sentinels
/// (quorum 2) on loopback, every data node refusing writes that no replica acknowledges in time.
/// Sentinel declares a primary down after <see cref="DownAfter"/> (production: 5 s), so a test sees a
/// failover in seconds. Servers connect through the Sentinels by <see cref="ConnectionString"/>.
/// </summary>
public sealed class RedisSentinelGroup : IAsyncDisposable
{
    public const string ServiceName = "drawguess";
    public static readonly TimeSpan DownAfter = TimeSpan.FromSeconds(1);
    private static readonly string[] DataNodeSettings = ["--min-replicas-to-write", "1", "--min-replicas-max-lag", "10"];
    private readonly List<RedisServer> _dataNodes = [];
    private readonly List<RedisServer> _sentinels = [];
    private string _lastReply = string.Empty;

    private RedisSentinelGroup()
    {
    }

    /// <summary>The sentinels and the service name, as ConnectionStrings:Redis names them in production.</summary>
    public string ConnectionString => string.Join(",", _sentinels.Select(s => $"127.0.0.1:{s.Port}")) + $",serviceName={ServiceName}";

    public static async Task<RedisSentinelGroup> StartAsync()
    {
        var group = new RedisSentinelGroup();
        try
        {
            var primary = await RedisServer.StartWithAsync(DataNodeSettings);
            group._dataNodes.Add(primary);
            for (var i = 0; i < 2; i++)
                group._dataNodes.Add(await RedisServer.StartWithAsync([.. DataNodeSettings, "--replicaof", "127.0.0.1", primary.Port.ToString()]));
            for (var i = 0; i < 3; i++)
                group._sentinels.Add(await RedisServer.StartSentinelAsync((port, folder) => SentinelConfiguration(port, folder, primary.Port)));
            await group.WaitUntilAsync(async () => await group.ReplicasSeenBySentinelsAsync() == 2, () => $"the sentinels never saw both replicas: {group._lastReply}");
            // A replica the Sentinels list may still be syncing; until it acknowledges, the primary refuses writes.
            await group.WaitUntilAsync(async () => await group.GoodReplicasOfAsync(primary.Port) == 2, () => $"the primary never had both replicas in sync: {group._lastReply}");
        }
        catch
        {
            await group.DisposeAsync();
            throw;
        }
        return group;
    }

    /// <summary>kill -9 of the current primary; returns its port.</summary>
    public async Task<int> KillPrimaryAsync()
    {
        var port = await PrimaryPortAsync();
        await _dataNodes.Single(n => n.Port == port).KillAsync();
        return port;
    }

    /// <summary>kill -9 of every data node but the primary: it answers, but refuses writes once no replica has acknowledged for 10 s.</summary>
    public async Task KillReplicasAsync()
    {
        var primary = await PrimaryPortAsync();
        foreach (var replica in _dataNodes.Where(n => n.Port != primary)) await replica.KillAsync();
    }

    /// <summary>kill -9 of every Sentinel: a server starting now finds no primary.</summary>
    public async Task KillSentinelsAsync()
    {
        foreach (var sentinel in _sentinels) await sentinel.KillAsync();
    }

    /// <summary>Starts the Sentinels again on their ports, with the configuration they had rewritten.</summary>
    public async Task StartSentinelsAsync()
    {
        foreach (var sentinel in _sentinels) await sentinel.StartAsync();
    }

    /// <summary>Waits until the sentinels name a primary other than <paramref name="oldPort"/> and returns it.</summary>
    public async Task<int> WaitForFailoverAsync(int oldPort)
    {
        var port = oldPort;
        await WaitUntilAsync(async () => (port = await PrimaryPortAsync()) != oldPort, () => "the sentinels never promoted a replica");
        return port;
    }

    /// <summary>How many subscribers each running data node has for <paramref name="channel"/>, by port.</summary>
    public async Task<Dictionary<int, int>> SubscribersByNodeAsync(string channel)
    {
        var counts = new Dictionary<int, int>();
        foreach (var node in _dataNodes.Where(n => n.IsRunning))
        {
            if (await RedisCliAsync(node.Port, $"PUBSUB NUMSUB {channel}") is [_, var count]) counts[node.Port] = int.Parse(count);
        }
        return counts;
    }

    /// <summary>The channels matching <paramref name="pattern"/> that have a subscriber on each running data node, by port.</summary>
    public async Task<Dictionary<int, string[]>> ChannelsByNodeAsync(string pattern)
    {
        var channels = new Dictionary<int, string[]>();
        foreach (var node in _dataNodes.Where(n => n.IsRunning))
        {
            if (await RedisCliAsync(node.Port, $"PUBSUB CHANNELS {pattern}") is { } reply) channels[node.Port] = reply;
        }
        return channels;
    }

    /// <summary>PUBLISH on the current primary; returns how many of its own subscribers got the message.</summary>
    public async Task<int> PublishOnPrimaryAsync(string channel, string message) =>
        int.Parse((await RedisCliAsync(await PrimaryPortAsync(), $"PUBLISH {channel} {message}"))![0]);

    public async Task<int> PrimaryPortAsync()
    {
        var reply = await AskSentinelAsync($"SENTINEL get-master-addr-by-name {ServiceName}");
        return int.Parse(reply[1]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var server in _sentinels.Concat(_dataNodes)) await server.DisposeAsync();
    }

    private static string SentinelConfiguration(int port, string folder, int primaryPort) =>
        $"""
        port {port}
        bind 127.0.0.1
        dir {folder}
        sentinel monitor {ServiceName} 127.0.0.1 {primaryPort} 2
        sentinel down-after-milliseconds {ServiceName} {(int)DownAfter.TotalMilliseconds}
        sentinel failover-timeout {ServiceName} 10000
        sentinel parallel-syncs {ServiceName} 1

        """;

    private async Task<int> ReplicasSeenBySentinelsAsync()
    {
        var counts = new List<int>();
        foreach (var sentinel in _sentinels)
        {
            var reply = await AskSentinelAsync($"SENTINEL replicas {ServiceName}", sentinel.Port);
            _lastReply = string.Join(" ", reply);
            // Each replica the sentinel knows has a "flags" field; "slave" alone means it is up.
            counts.Add(reply.Zip(reply.Skip(1)).Count(pair => pair is ("flags", "slave")));
        }
        return counts.Min();
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition, Func<string> failure)
    {
        var deadline = Stopwatch.StartNew();
        while (!await condition())
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException(failure());
            await Task.Delay(100);
        }
    }

    /// <summary>The reply of the first sentinel that answers (or of the one on <paramref name="port"/>), one line per element, as redis-cli prints it.</summary>
    private async Task<string[]> AskSentinelAsync(string command, int? port = null)
    {
        foreach (var sentinel in port is null ? _sentinels.Where(s => s.IsRunning) : _sentinels.Where(s => s.Port == port))
        {
            if (await RedisCliAsync(sentinel.Port, command) is { } reply) return reply;
        }
        throw new InvalidOperationException("No sentinel answered.");
    }

    /// <summary>The replicas a data node counts as acknowledging in time (min-replicas-to-write), from its INFO.</summary>
    private async Task<int> GoodReplicasOfAsync(int port)
    {
        var reply = await RedisCliAsync(port, "INFO replication") ?? [];
        _lastReply = string.Join(" ", reply);
        var line = reply.FirstOrDefault(l => l.StartsWith("min_slaves_good_slaves:", StringComparison.Ordinal));
        return line is null ? 0 : int.Parse(line.Split(':')[1].Trim());
    }

    private static async Task<string[]?> RedisCliAsync(int port, string command)
    {
        var start = new ProcessStartInfo("redis-cli") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-h", "127.0.0.1", "-p", port.ToString() }.Concat(command.Split(' '))) start.ArgumentList.Add(argument);
        using var cli = Process.Start(start)!;
        var reply = await cli.StandardOutput.ReadToEndAsync();
        await cli.WaitForExitAsync();
        return cli.ExitCode == 0 && !reply.StartsWith("Could not connect", StringComparison.Ordinal)
            ? reply.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            : null;
    }
}
