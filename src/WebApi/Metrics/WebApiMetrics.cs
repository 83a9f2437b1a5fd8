using System.Diagnostics.Metrics;

namespace DrawGuess.WebApi.Metrics;

/// <summary>Transport-level instruments: hub calls, HTTP requests, broadcast fan-out and coalesced canvas operations.</summary>
internal sealed class WebApiMetrics : IDisposable
{
    public const string MeterName = "DrawGuess.WebApi";

    private readonly Meter _meter = new(MeterName);

    public Meter Meter => _meter;

    public WebApiMetrics()
    {
        HubInvocationDuration = _meter.CreateHistogram<double>("drawguess_hub_invocation_duration_seconds");
        HubErrors = _meter.CreateCounter<long>("drawguess_hub_errors");
        HttpRequestDuration = _meter.CreateHistogram<double>("drawguess_http_request_duration_seconds");
        BroadcastFanout = _meter.CreateHistogram<double>("drawguess_broadcast_fanout_seconds");
        CanvasBatches = _meter.CreateCounter<long>("drawguess_canvas_batches");
    }

    public Histogram<double> HubInvocationDuration { get; }
    public Counter<long> HubErrors { get; }
    public Histogram<double> HttpRequestDuration { get; }
    public Histogram<double> BroadcastFanout { get; }
    /// <summary>CanvasBatch events sent, each to all of a room's receivers: a busy server's coalesced canvas operations.</summary>
    public Counter<long> CanvasBatches { get; }

    public void Dispose() => _meter.Dispose();
}
