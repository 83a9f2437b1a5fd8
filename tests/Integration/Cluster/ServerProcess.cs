using System.Diagnostics;
using System.Net.WebSockets;
using System.Reflection;
using DrawGuess.IntegrationTests.Support;

namespace DrawGuess.IntegrationTests.Cluster;

/// <summary>
/// The built server (src/WebApi/bin/&lt;Configuration&gt;/net10.0) as a real process on a free loopback
/// port, with its own SQLite rankings and the given settings. Its output goes to a log file whose
/// tail <see cref="LogTail"/> returns; it can be killed, terminated and started again on the same port,
/// and is always stopped at the end.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly string _host;
    private readonly bool _urlsFromEnvironment;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _directory = Directory.CreateTempSubdirectory("drawguess-server-").FullName;
    private readonly Lock _logLock = new();
    private Process? _process;

    private ServerProcess(string name, IReadOnlyDictionary<string, string> settings, string host = "127.0.0.1", bool urlsFromEnvironment = false,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        _environment = environment ?? new Dictionary<string, string>();
        Name = name;
        _settings = settings;
        _host = host;
        _urlsFromEnvironment = urlsFromEnvironment;
        Port = FreePort.Next();
    }

    public string Name { get; }
    public int Port { get; }
    public Uri BaseAddress => new($"http://{_host}:{Port}");
    public string LogPath => Path.Combine(_directory, "server.log");
    public bool IsRunning => _process is { HasExited: false };
    public int ProcessId => _process?.Id ?? throw new InvalidOperationException($"{Name} is not running.");

    /// <summary>
    /// Starts a server and waits until it answers GET /health. The choosing and reveal phases are
    /// short by default, since real processes run on real time.
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string name, IReadOnlyDictionary<string, string>? settings = null)
    {
        var defaults = new Dictionary<string, string>
        {
            ["Rounds:Choosing"] = "00:00:03",
            ["Rounds:Reveal"] = "00:00:02",
            ["Serilog:MinimumLevel:Default"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) defaults[key] = value;
        return await StartOrDisposeAsync(new ServerProcess(name, defaults));
    }

    /// <summary>
    /// Starts a server as the container does: in its own folder (so its appsettings.json applies) and
    /// told where to listen only by ASPNETCORE_URLS, here on <paramref name="host"/>; waits until it
    /// answers GET /health there. <paramref name="environment"/> adds variables, as the image's ENV does.
    /// </summary>
    public static Task<ServerProcess> StartAsInContainerAsync(string name, string host, IReadOnlyDictionary<string, string>? environment = null) =>
        StartOrDisposeAsync(new ServerProcess(name, new Dictionary<string, string>(), host, urlsFromEnvironment: true, environment));

    private static async Task<ServerProcess> StartOrDisposeAsync(ServerProcess server)
    {
        try
        {
            await server.StartAsync();
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    /// <summary>Settings that put the live state on the given Redis under a key prefix of its own.</summary>
    public static Dictionary<string, string> OnRedis(string connectionString, string keyPrefix) => new()
    {
        ["Storage:LiveState"] = "Redis",
        ["ConnectionStrings:Redis"] = connectionString,
        ["Redis:KeyPrefix"] = keyPrefix,
    };

    /// <summary>Starts the process (again, on the same port and with the same files) and waits for /health.</summary>
    public async Task StartAsync()
    {
        if (IsRunning) throw new InvalidOperationException($"{Name} is already running.");
        var serverAssembly = FindServerAssembly();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _directory };
        if (_urlsFromEnvironment)
        {
            start.WorkingDirectory = Path.GetDirectoryName(serverAssembly)!;
            start.Environment["ASPNETCORE_URLS"] = BaseAddress.ToString().TrimEnd('/');
        }
        foreach (var (name, value) in _environment) start.Environment[name] = value;
        start.ArgumentList.Add(serverAssembly);
        foreach (var (key, value) in Arguments())
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }
        AppendLog($"---- {Name}: starting on port {Port}");
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => AppendLog(line.Data);
        _process.ErrorDataReceived += (_, line) => AppendLog(line.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilHealthyAsync();
    }

    /// <summary>kill -9: the process dies at once, like a crashed node.</summary>
    public async Task KillAsync()
    {
        if (!IsRunning) return;
        _process!.Kill();
        await _process.WaitForExitAsync();
        AppendLog($"---- {Name}: killed");
    }

    /// <summary>SIGTERM, as Kubernetes stops a pod; returns the exit code once the process is gone.</summary>
    public async Task<int> TerminateAsync(TimeSpan within)
    {
        ProcessSignals.Terminate(ProcessId);
        await _process!.WaitForExitAsync().WaitAsync(within);
        AppendLog($"---- {Name}: exited with {_process.ExitCode}");
        return _process.ExitCode;
    }

    public async Task<HubTestClient> ConnectAsync(HubWireProtocol protocol = HubWireProtocol.Json)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri($"ws://127.0.0.1:{Port}/hubs/game"), CancellationToken.None).WaitAsync(HubTestClient.DefaultWait);
        return await HubTestClient.StartAsync(socket, protocol);
    }

    /// <summary>Registers a player on a new connection.</summary>
    public async Task<HubTestClient> PlayerAsync(string name, HubWireProtocol protocol = HubWireProtocol.Json)
    {
        var player = await ConnectAsync(protocol);
        await player.RegisterAsync(name);
        return player;
    }

    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };

    public string LogTail(int lines = 60)
    {
        lock (_logLock) return File.Exists(LogPath) ? string.Join(Environment.NewLine, File.ReadLines(LogPath).TakeLast(lines)) : "(no output)";
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private IEnumerable<(string Key, string Value)> Arguments()
    {
        if (!_urlsFromEnvironment) yield return ("urls", BaseAddress.ToString().TrimEnd('/'));
        yield return ("ConnectionStrings:Rankings", $"Data Source={Path.Combine(_directory, "rankings.db")}");
        yield return ("Spa:Root", Path.Combine(_directory, "no-spa"));
        foreach (var (key, value) in _settings) yield return (key, value);
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (true)
        {
            if (_process!.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} while starting:{Environment.NewLine}{LogTail()}");
            try
            {
                if ((await http.GetAsync(new Uri(BaseAddress, "/health"))).IsSuccessStatusCode) return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Name} did not answer /health within {StartupTimeout}:{Environment.NewLine}{LogTail()}");
            await Task.Delay(100);
        }
    }

    private void AppendLog(string? line)
    {
        if (line is null) return;
        lock (_logLock) File.AppendAllText(LogPath, line + Environment.NewLine);
    }

    /// <summary>The server built in this test assembly's configuration (dotnet build -c Release builds both).</summary>
    private static string FindServerAssembly()
    {
        var configuration = typeof(ServerProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        var path = Path.Combine(RepositoryFiles.Root, "src", "WebApi", "bin", configuration, "net10.0", "DrawGuess.WebApi.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Build the server first (dotnet build -c {configuration}): {path} is missing.");
    }
}
