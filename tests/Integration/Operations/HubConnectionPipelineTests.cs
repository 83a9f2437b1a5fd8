using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using DrawGuess.IntegrationTests.Support;
using DrawGuess.WebApi.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace DrawGuess.IntegrationTests.Operations;

/// <summary>
/// A hub connection is one HTTP request for as long as its player stays; the REST middlewares around it would hold
/// their state that long for every connected player (docs/performance.md, "Idle memory"). Seen from outside: the
/// request metrics middleware, the first of them, never records the hub's connection request.
/// </summary>
public sealed class HubConnectionPipelineTests : IAsyncLifetime
{
    private readonly DrawGuessServer _server = new();
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<string> _restRoutes = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _requestsEnded = new();

    public Task InitializeAsync()
    {
        var restMeter = _server.Services.GetRequiredService<WebApiMetrics>().Meter;
        var meterFactory = _server.Services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter == restMeter && instrument.Name == "drawguess_http_request_duration_seconds"
                || instrument.Meter.Scope == meterFactory && instrument.Name == "http.server.request.duration")
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) =>
        {
            var route = Tag(tags, instrument.Meter == restMeter ? "route" : "http.route");
            if (instrument.Meter == restMeter) _restRoutes.Enqueue(route);
            else Ended(route).TrySetResult();
        });
        _listener.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_hub_connection_request_is_not_wrapped_by_the_REST_middlewares_and_a_REST_request_is()
    {
        await using (var player = await _server.PlayerAsync("Ann"))
        {
        }
        using var http = _server.CreateClient();
        (await http.GetAsync("/health")).EnsureSuccessStatusCode();
        // The host records a request once every middleware has returned, so the metrics middleware has had its turn.
        await Task.WhenAll(Ended("/hubs/game").Task, Ended("/health/").Task).WaitAsync(HubTestClient.DefaultWait);

        _restRoutes.ShouldBe(["/health/"]);
    }

    private TaskCompletionSource Ended(string route) =>
        _requestsEnded.GetOrAdd(route, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    private static string Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
            if (tag.Key == name) return tag.Value?.ToString() ?? string.Empty;
        return string.Empty;
    }
}
