using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// A real Redis for the tests: the one named by DRAWGUESS_TEST_REDIS (host:port), or else Debian's
/// redis-server started on a free loopback port in a temp folder and stopped at the end. It can be
/// stopped and started again on the same port; a persistent one keeps an append-only file synced on
/// every write, as an operator would run it, so a restart keeps the data. It can also run as a
/// replica or as a Sentinel (<see cref="RedisSentinelGroup"/>).
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly bool _persistent;
    private readonly bool _mayUseGivenServer;
    private readonly IReadOnlyList<string> _extraSettings;
    private readonly Func<int, string, string>? _sentinelConfiguration;
    private string? _directory;
    private readonly Lock _logLock = new();
    private Process? _process;

    /// <summary>The shared, throw-away Redis of the collection (DRAWGUESS_TEST_REDIS if set).</summary>
    public RedisServer() : this(persistent: false, mayUseGivenServer: true)
    {
    }

    private RedisServer(bool persistent, bool mayUseGivenServer, IReadOnlyList<string>? extraSettings = null,
        Func<int, string, string>? sentinelConfiguration = null)
    {
        _persistent = persistent;
        _mayUseGivenServer = mayUseGivenServer;
        _extraSettings = extraSettings ?? [];
        _sentinelConfiguration = sentinelConfiguration;
    }

    /// <summary>An own Redis with persistence, for a test that stops and restarts it.</summary>
    public static async Task<RedisServer> StartPersistentAsync()
    {
        var server = new RedisServer(persistent: true, mayUseGivenServer: false);
        await server.InitializeAsync();
        return server;
    }

    /// <summary>
    /// An own Redis started with extra settings (e.g. <c>--replicaof 127.0.0.1 6379</c>, or a primary's
    /// <c>--min-replicas-to-write 1</c>).
    /// </summary>
    public static async Task<RedisServer> StartWithAsync(params string[] settings)
    {
        var server = new RedisServer(persistent: false, mayUseGivenServer: false, settings);
        await server.InitializeAsync();
        return server;
    }

    /// <summary>An own Sentinel; <paramref name="configuration"/> gives its sentinel.conf from its port and folder (Sentinel rewrites the file).</summary>
    public static async Task<RedisServer> StartSentinelAsync(Func<int, string, string> configuration)
    {
        var server = new RedisServer(persistent: false, mayUseGivenServer: false, sentinelConfiguration: configuration);
        await server.InitializeAsync();
        return server;
    }

    /// <summary>The StackExchange.Redis configuration string (ConnectionStrings:Redis).</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public int Port { get; private set; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Settings that point a server's Redis connection at <paramref name="connectionString"/> (ConnectionStrings:Redis).</summary>
    public static IConfiguration Configuration(string connectionString) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = connectionString }).Build();

    /// <summary>A key prefix no other test uses (Redis:KeyPrefix), so tests sharing one Redis never meet.</summary>
    public static string UniqueKeyPrefix() => $"drawguess-test-{Guid.NewGuid():N}:";

    public async Task InitializeAsync()
    {
        if (_mayUseGivenServer && Environment.GetEnvironmentVariable("DRAWGUESS_TEST_REDIS") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        _directory = Directory.CreateTempSubdirectory("drawguess-redis-").FullName;
        Port = FreePort.Next();
        ConnectionString = $"127.0.0.1:{Port}";
        await StartAsync();
    }

    public async Task StartAsync()
    {
        if (_directory is null) throw new InvalidOperationException("A Redis named by DRAWGUESS_TEST_REDIS is not ours to start.");
        if (_process is { HasExited: false }) throw new InvalidOperationException("Redis is already running.");
        var start = new ProcessStartInfo(FindRedisServer()) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        foreach (var argument in Arguments()) start.ArgumentList.Add(argument);
        _process = Process.Start(start)!;
        var log = Path.Combine(_directory, "redis.log");
        _process.OutputDataReceived += (_, line) => AppendLine(log, line.Data);
        _process.ErrorDataReceived += (_, line) => AppendLine(log, line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync(log);
    }

    /// <summary>Stops Redis the way an operator's restart does (SIGTERM: it writes what it must and exits).</summary>
    public async Task StopAsync()
    {
        if (_process is null || _process.HasExited) return;
        ProcessSignals.Terminate(_process.Id);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>kill -9: the process dies at once, like a crashed node; nothing is written on the way out.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _process.Kill();
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process?.Dispose();
        if (_directory is not null) Directory.Delete(_directory, recursive: true);
    }

    private IEnumerable<string> Arguments()
    {
        if (_sentinelConfiguration is not null)
        {
            var file = Path.Combine(_directory!, "sentinel.conf");
            if (!File.Exists(file)) File.WriteAllText(file, _sentinelConfiguration(Port, _directory!));
            return [file, "--sentinel", "--port", Port.ToString(), "--bind", "127.0.0.1", "--daemonize", "no"];
        }
        string[] common = ["--port", Port.ToString(), "--bind", "127.0.0.1", "--dir", _directory!, "--daemonize", "no", "--save", ""];
        return _persistent
            ? [.. common, "--appendonly", "yes", "--appendfsync", "always", .. _extraSettings]
            : [.. common, "--appendonly", "no", .. _extraSettings];
    }

    private async Task WaitUntilAnsweringAsync(string log)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await AnswersPingAsync())
        {
            if (_process!.HasExited || DateTime.UtcNow > deadline)
                throw new InvalidOperationException($"redis-server did not start on port {Port}: {(File.Exists(log) ? await File.ReadAllTextAsync(log) : "no output")}");
            await Task.Delay(50);
        }
    }

    private async Task<bool> AnswersPingAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", Port);
            var stream = client.GetStream();
            await stream.WriteAsync("PING\r\n"u8.ToArray());
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(2));
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (Exception exception) when (exception is SocketException or IOException or TimeoutException)
        {
            return false;
        }
    }

    private static string FindRedisServer() =>
        new[] { "/usr/bin/redis-server", "/usr/local/bin/redis-server" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("redis-server not found: install the 'redis-server' package (test.sh does) or set DRAWGUESS_TEST_REDIS.");

    private void AppendLine(string path, string? line)
    {
        if (line is null) return;
        lock (_logLock) File.AppendAllText(path, line + Environment.NewLine);
    }
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "Redis";
}
