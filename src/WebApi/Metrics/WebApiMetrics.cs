using System.Diagnostics.Metrics;

namespace DrawGuess.WebApi.Metrics;

/// <summary>Transport-level instruments: hub calls, HTTP requests and broadcast fan-out.</summary>
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
    }

    public Histogram<double> HubInvocationDuration { get; }
    public Counter<long> HubErrors { get; }
    public Histogram<double> HttpRequestDuration { get; }
    public Histogram<double> BroadcastFanout { get; }

    public void Dispose() => _meter.Dispose();
}
