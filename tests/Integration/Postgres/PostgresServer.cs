using System.Diagnostics;
using DrawGuess.IntegrationTests.Cluster;
using Npgsql;

namespace DrawGuess.IntegrationTests.Postgres;

/// <summary>
/// A real PostgreSQL for the tests: the one named by DRAWGUESS_TEST_POSTGRES, or else a throw-away
/// cluster initialised in a temp folder and started on a free loopback port, stopped at the end.
/// </summary>
public class PostgresServer : IAsyncLifetime
{
    private string? _dataDirectory;
    private int _port;
    private string _adminConnection = string.Empty;

    /// <summary>True to always initialise a cluster of our own, even when DRAWGUESS_TEST_POSTGRES names one.</summary>
    protected virtual bool OwnClusterOnly => false;

    public async Task InitializeAsync()
    {
        if (!OwnClusterOnly && Environment.GetEnvironmentVariable("DRAWGUESS_TEST_POSTGRES") is { Length: > 0 } given)
        {
            _adminConnection = given;
            return;
        }
        _dataDirectory = Directory.CreateTempSubdirectory("drawguess-pg-").FullName;
        _port = FreePort.Next();
        await RunAsync(FindBinaries(), "initdb", $"-D {_dataDirectory} -A trust -U postgres --no-sync -E UTF8");
        await StartAsync();
        _adminConnection = $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres;Pooling=false";
    }

    /// <summary>Starts the cluster again on the same port, after <see cref="StopAsync"/>.</summary>
    public Task StartAsync() => RunAsync(FindBinaries(), "pg_ctl",
        $"-D {OwnDataDirectory} -w -t 60 -l {OwnDataDirectory}/server.log -o \"-p {_port} -k {OwnDataDirectory} -c listen_addresses=127.0.0.1 -c fsync=off\" start");

    /// <summary>Stops the cluster as an outage would: open connections are cut.</summary>
    public Task StopAsync() => RunAsync(FindBinaries(), "pg_ctl", $"-D {OwnDataDirectory} -w -m fast stop");

    private string OwnDataDirectory => _dataDirectory ?? throw new InvalidOperationException("Only a cluster of our own can be stopped and started.");

    /// <summary>A new, empty database for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"drawguess_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(_adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(_adminConnection) { Database = name, Pooling = true }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_dataDirectory is null) return;
        if (File.Exists(Path.Combine(_dataDirectory, "postmaster.pid"))) await StopAsync();
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private static string FindBinaries()
    {
        var versions = Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending() : Enumerable.Empty<string>();
        return versions.Select(v => Path.Combine(v, "bin")).FirstOrDefault(b => File.Exists(Path.Combine(b, "initdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries not found: install the 'postgresql' package or set DRAWGUESS_TEST_POSTGRES.");
    }

    /// <summary>PostgreSQL refuses to run as root, so as root the cluster belongs to the 'postgres' user.</summary>
    private async Task RunAsync(string bin, string tool, string arguments)
    {
        var asRoot = Environment.UserName == "root";
        if (asRoot && _dataDirectory is not null) await ExecAsync("chown", $"-R postgres:postgres {_dataDirectory}");
        if (asRoot) await ExecAsync("runuser", $"-u postgres -- {Path.Combine(bin, tool)} {arguments}");
        else await ExecAsync(Path.Combine(bin, tool), arguments);
    }

    private static async Task ExecAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(90));
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments} failed: {await output}{await error}");
    }
}

/// <summary>A cluster of this test class's own, which its tests may stop and start.</summary>
public sealed class StoppablePostgresServer : PostgresServer
{
    protected override bool OwnClusterOnly => true;
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
