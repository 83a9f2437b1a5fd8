using System.Diagnostics;
using System.Reflection;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Infrastructure.Common;

namespace DrawGuess.WebApi.Status;

public sealed record ProcessFiguresDto(double CpuSeconds, long WorkingSetBytes, long GcHeapBytes, int Gen0Collections, int Gen1Collections,
    int Gen2Collections, int ThreadPoolThreads, long ThreadPoolQueueLength);

/// <summary>The figures read from the live state are null while it cannot be read (Redis away); the rates are counted in-process.</summary>
/// <param name="ConnectedPlayers">Players connected to this instance.</param>
/// <param name="ClusterConnectedPlayers">Players connected to any instance sharing the live state.</param>
public sealed record GameFiguresDto(int? RoomsWaiting, int? RoomsPlaying, int? ConnectedPlayers, int? ClusterConnectedPlayers, int? PlayersInRooms,
    int? GamesInProgress, long TurnsPerMinute, long GuessesPerMinute);

public sealed record HttpFiguresDto(int RequestsPerMinute, double P50Ms, double P99Ms);

/// <summary>Finished games waiting in the outbox because the rankings database could not take them yet; null while the outbox cannot be read.</summary>
public sealed record RankingsFiguresDto(int? PendingResults);

public sealed record ReadinessDto(bool Ready, string Status, IReadOnlyList<DependencyDto> Dependencies);

/// <param name="RequiredForPlay">False for a dependency whose outage degrades the service without stopping games (the rankings database).</param>
public sealed record DependencyDto(string Name, string State, double LatencyMs, string? Detail, bool RequiredForPlay);

public sealed record ServerStatusDto(string Service, string Version, string Environment, double UptimeSeconds, ProcessFiguresDto Process,
    GameFiguresDto Game, HttpFiguresDto Http, IReadOnlyList<DependencyDto> Dependencies, RankingsFiguresDto Rankings);

internal sealed class ServerStatusReporter(
    DependencyChecks checks, GameMetrics metrics, HttpActivity http, IHostEnvironment environment, IConfiguration configuration)
{
    /// <summary>The image's version (DRAWGUESS_VERSION, set from its build argument: the image is built without .git), else the assembly's.</summary>
    private readonly string _version = configuration["DRAWGUESS_VERSION"] is { Length: > 0 } imageVersion
        ? imageVersion
        : typeof(ServerStatusReporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    public async Task<ServerStatusDto> ReportAsync(RoomFiguresDto? rooms, int? gamesInProgress, int? pendingResults, CancellationToken cancellationToken)
    {
        using var process = Process.GetCurrentProcess();
        var dependencies = await checks.ReportAsync(cancellationToken);
        var (requests, p50, p99) = http.Summary();
        return new ServerStatusDto(
            "drawguess",
            _version,
            environment.EnvironmentName,
            Math.Round((DateTime.UtcNow - process.StartTime.ToUniversalTime()).TotalSeconds, 1),
            new ProcessFiguresDto(Math.Round(process.TotalProcessorTime.TotalSeconds, 2), process.WorkingSet64, GC.GetTotalMemory(false),
                GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), ThreadPool.ThreadCount, ThreadPool.PendingWorkItemCount),
            new GameFiguresDto(rooms?.RoomsWaiting, rooms?.RoomsPlaying, rooms?.ConnectedPlayers, rooms?.ClusterConnectedPlayers, rooms?.PlayersInRooms,
                gamesInProgress, metrics.TurnsLastMinute, metrics.GuessesLastMinute),
            new HttpFiguresDto(requests, p50, p99),
            dependencies,
            new RankingsFiguresDto(pendingResults));
    }
}
