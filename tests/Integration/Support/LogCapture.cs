using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace DrawGuess.IntegrationTests.Support;

/// <summary>
/// Keeps every line the server logs (level, source, message, structured values, exception): a Serilog sink
/// beside the JSON console one, so it sees exactly what the server's log pipeline lets through.
/// </summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines.ToArray();

    public void Emit(LogEvent logEvent)
    {
        var source = logEvent.Properties.TryGetValue("SourceContext", out var context) && context is ScalarValue { Value: string name } ? name : string.Empty;
        var values = string.Join(" ", logEvent.Properties.Select(p => $"{p.Key}={p.Value}"));
        _lines.Enqueue($"{LevelName(logEvent.Level)} {source} {logEvent.RenderMessage()} {values} {logEvent.Exception}");
    }

    /// <summary>The names of Microsoft.Extensions.Logging's levels, which the tests and the server's code use.</summary>
    private static string LevelName(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "Trace",
        LogEventLevel.Fatal => "Critical",
        _ => level.ToString(),
    };
}
