using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;
using DrawGuess.Application.Rooms.Contracts;
using DrawGuess.Infrastructure.Common;
using DrawGuess.WebApi.Status;

namespace DrawGuess.WebApi.Metrics;

/// <summary>
/// Collects our meters' measurements as they happen (an add or a bucket increment, no allocation per
/// measurement after the first of a series) and writes them in the Prometheus text format on scrape.
/// Kept over prometheus-net (which restores here now): it reads our System.Diagnostics.Metrics meters directly,
/// with no allocation per measurement on the stroke path.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    private static readonly double[] Buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), long[]> _counters = new();
    private readonly ConcurrentDictionary<(string Name, string Labels), HistogramSeries> _histograms = new();
    private readonly ConcurrentDictionary<(string Key, object? Value), string> _singleTagLabels = new();
    private readonly DependencyMonitor _dependencies;

    public PrometheusExporter(DependencyMonitor dependencies, GameMetrics gameMetrics, WebApiMetrics webApiMetrics)
    {
        _dependencies = dependencies;
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == gameMetrics.Meter || instrument.Meter == webApiMetrics.Meter) listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>(OnCounter);
        _listener.SetMeasurementEventCallback<double>(OnHistogram);
        _listener.Start();
        foreach (var (name, labels) in SeriesKnownFromTheStart) _counters.TryAdd((name, labels), new long[1]);
    }

    /// <summary>Counters reported as 0 before their first event, so rates and absence alerts work from the first scrape.</summary>
    private static readonly (string Name, string Labels)[] SeriesKnownFromTheStart =
    [
        ("drawguess_games_started", ""), ("drawguess_games_finished", ""), ("drawguess_turns", ""), ("drawguess_chat_messages", ""),
        ("drawguess_strokes_received", ""), ("drawguess_strokes_delivered", ""), ("drawguess_room_handovers", ""),
        ("drawguess_guesses", "{outcome=\"correct\"}"), ("drawguess_guesses", "{outcome=\"close\"}"), ("drawguess_guesses", "{outcome=\"wrong\"}"),
        ("drawguess_rate_limit_rejections", "{kind=\"chat\"}"), ("drawguess_rate_limit_rejections", "{kind=\"stroke\"}"),
    ];

    /// <param name="rooms">Null while the live state cannot be read (Redis away): its series are left out, not reported as 0.</param>
    /// <param name="pendingResults">Null while the outbox cannot be read.</param>
    public string Scrape(RoomFiguresDto? rooms, int? pendingResults)
    {
        var text = new StringBuilder(8192);
        if (rooms is not null)
        {
            // Per instance: sum over pods. The drawguess_cluster_* series are the shared live state's, the same on every pod: take max.
            Gauge(text, "drawguess_connected_players", "Players connected to this instance.", rooms.ConnectedPlayers);
            Gauge(text, "drawguess_cluster_connected_players", "Players connected to any instance sharing the live state.", rooms.ClusterConnectedPlayers);
            text.Append("# HELP drawguess_cluster_rooms Rooms by status, in the live state every instance shares.\n# TYPE drawguess_cluster_rooms gauge\n");
            text.Append("drawguess_cluster_rooms{status=\"waiting\"} ").Append(rooms.RoomsWaiting).Append('\n');
            text.Append("drawguess_cluster_rooms{status=\"playing\"} ").Append(rooms.RoomsPlaying).Append('\n');
        }
        WriteDependencies(text);
        if (pendingResults is { } pending)
            Gauge(text, "drawguess_rankings_pending_results", "Finished games waiting in the outbox for the rankings database.", pending);
        foreach (var group in _counters.GroupBy(c => c.Key.Name).OrderBy(g => g.Key))
        {
            text.Append("# TYPE ").Append(group.Key).Append("_total counter\n");
            foreach (var (key, value) in group) text.Append(group.Key).Append("_total").Append(key.Labels).Append(' ').Append(Interlocked.Read(ref value[0])).Append('\n');
        }
        foreach (var group in _histograms.GroupBy(h => h.Key.Name).OrderBy(g => g.Key))
        {
            text.Append("# TYPE ").Append(group.Key).Append(" histogram\n");
            foreach (var (key, series) in group) series.Write(text, group.Key, key.Labels);
        }
        WriteProcess(text);
        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();

    private void OnCounter(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        var series = _counters.GetOrAdd((instrument.Name, Labels(tags)), _ => new long[1]);
        Interlocked.Add(ref series[0], value);
    }

    private void OnHistogram(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state) =>
        _histograms.GetOrAdd((instrument.Name, Labels(tags)), _ => new HistogramSeries()).Record(value);

    private void WriteDependencies(StringBuilder text)
    {
        var latest = _dependencies.Latest;
        text.Append("# TYPE drawguess_dependency_up gauge\n");
        foreach (var d in latest) text.Append("drawguess_dependency_up{dependency=\"").Append(d.Name).Append("\"} ").Append(d.Up ? 1 : 0).Append('\n');
        text.Append("# TYPE drawguess_dependency_latency_seconds gauge\n");
        foreach (var d in latest)
            text.Append("drawguess_dependency_latency_seconds{dependency=\"").Append(d.Name).Append("\"} ").Append(Number(d.LatencyMs / 1000)).Append('\n');
        Gauge(text, "drawguess_ready", "1 while every dependency that play needs is up (as /health/ready).", DependencyChecks.IsReady(latest) ? 1 : 0);
    }

    private static void WriteProcess(StringBuilder text)
    {
        using var process = Process.GetCurrentProcess();
        Counter(text, "process_cpu_seconds_total", process.TotalProcessorTime.TotalSeconds);
        Gauge(text, "process_resident_memory_bytes", "Resident memory.", process.WorkingSet64);
        Gauge(text, "process_start_time_seconds", "Start time, seconds since the Unix epoch.", new DateTimeOffset(process.StartTime).ToUnixTimeSeconds());
        text.Append("# TYPE dotnet_gc_collections_total counter\n");
        for (var generation = 0; generation <= GC.MaxGeneration; generation++)
            text.Append("dotnet_gc_collections_total{generation=\"").Append(generation).Append("\"} ").Append(GC.CollectionCount(generation)).Append('\n');
        Gauge(text, "dotnet_gc_heap_bytes", "Managed heap size.", GC.GetTotalMemory(false));
        Counter(text, "dotnet_gc_allocated_bytes_total", GC.GetTotalAllocatedBytes());
        Gauge(text, "dotnet_threadpool_threads", "Thread-pool threads.", ThreadPool.ThreadCount);
        Gauge(text, "dotnet_threadpool_queue_length", "Work items waiting for a thread.", ThreadPool.PendingWorkItemCount);
    }

    private static void Gauge(StringBuilder text, string name, string help, double value) =>
        text.Append("# HELP ").Append(name).Append(' ').Append(help).Append("\n# TYPE ").Append(name).Append(" gauge\n")
            .Append(name).Append(' ').Append(Number(value)).Append('\n');

    private static void Counter(StringBuilder text, string name, double value) =>
        text.Append("# TYPE ").Append(name).Append(" counter\n").Append(name).Append(' ').Append(Number(value)).Append('\n');

    /// <summary>
    /// The label text of a measurement. Most are recorded with no tag or one (a hub call's method, on
    /// every stroke), so those are built once per tag value instead of once per measurement.
    /// </summary>
    private string Labels(ReadOnlySpan<KeyValuePair<string, object?>> tags) => tags.Length switch
    {
        0 => string.Empty,
        1 => _singleTagLabels.GetOrAdd((tags[0].Key, tags[0].Value), static tag => BuildLabels([new(tag.Key, tag.Value)])),
        _ => BuildLabels(tags),
    };

    private static string BuildLabels(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new StringBuilder("{");
        for (var i = 0; i < tags.Length; i++)
        {
            if (i > 0) labels.Append(',');
            labels.Append(tags[i].Key).Append("=\"").Append(Escape(Convert.ToString(tags[i].Value, CultureInfo.InvariantCulture))).Append('"');
        }
        return labels.Append('}').ToString();
    }

    private static string Escape(string? value) => (value ?? string.Empty).Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    private static string Number(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    private sealed class HistogramSeries
    {
        private readonly long[] _counts = new long[Buckets.Length + 1];
        private long _sumMicros;

        public void Record(double seconds)
        {
            var index = Array.BinarySearch(Buckets, seconds);
            if (index < 0) index = ~index;
            Interlocked.Increment(ref _counts[index]);
            Interlocked.Add(ref _sumMicros, (long)(seconds * 1_000_000));
        }

        public void Write(StringBuilder text, string name, string labels)
        {
            var prefix = labels.Length == 0 ? "{" : labels[..^1] + ",";
            long cumulative = 0;
            for (var i = 0; i < Buckets.Length; i++)
            {
                cumulative += Interlocked.Read(ref _counts[i]);
                text.Append(name).Append("_bucket").Append(prefix).Append("le=\"").Append(Number(Buckets[i])).Append("\"} ").Append(cumulative).Append('\n');
            }
            cumulative += Interlocked.Read(ref _counts[^1]);
            text.Append(name).Append("_bucket").Append(prefix).Append("le=\"+Inf\"} ").Append(cumulative).Append('\n');
            text.Append(name).Append("_sum").Append(labels).Append(' ').Append(Number(Interlocked.Read(ref _sumMicros) / 1_000_000.0)).Append('\n');
            text.Append(name).Append("_count").Append(labels).Append(' ').Append(cumulative).Append('\n');
        }
    }
}
